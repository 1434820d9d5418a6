using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.LawTimeline;

/// <summary>
/// The "Versions over time" section of a law's or an article's page: which version applied when, and what replaced,
/// amended or continued it, drawn and listed.
/// </summary>
public sealed class LawTimelinePanel(ParleyDb db, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug, string key)
    {
        var ct = HttpContext.RequestAborted;
        IReadOnlyList<LawVersion> versions;
        if (slug == "legal-instruments")
        {
            var all = await db.LegalInstruments.AsNoTracking().ToListAsync(ct);
            var shown = all.SingleOrDefault(i => i.Key == key);
            versions = shown is null ? [] : LawVersions.Of(shown, all, text);
        }
        else
        {
            var all = await ProvisionVersions.LoadAsync(db, ct);
            var shown = all.SingleOrDefault(p => p.Key == key);
            versions = shown is null ? [] : LawVersions.Of(shown, all, text);
        }
        // A single version with no dates has no history to draw.
        if (versions.Count < 2 && versions.All(v => v.From is null && v.Until is null)) return Content("");
        // A view component is outside the reader view's pass over page results: it withholds its own text.
        if (!CaseAccess.Allowed(UserClaimsPrincipal))
        {
            var withheld = await CaseNames.OfAsync(db, ct);
            versions = [.. versions.Select(v => v with { Label = withheld.Text(v.Label), Relation = withheld.Text(v.Relation) })];
        }
        var today = StoreClock.Today();
        return View("~/Features/LawTimeline/LawTimelinePanel.cshtml", new LawTimelineLayout(versions, today));
    }
}
