using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Treaties;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.Treaties;

/// <summary>The treaty status page: where a party stands with each treaty on a date, and the recommendations asking it to join.</summary>
public sealed class TreatiesModel(ParleyDb db, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    /// <summary>The party (key or name); the first party under review with a recorded status when not given.</summary>
    [BindProperty(SupportsGet = true)] public string? Party { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }

    public TreatyStatusResult? Result { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<Party> Parties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Only parties with a recorded status are offered: the others would show "not party" to everything.
        var withStatus = db.TreatyStatuses.Select(s => s.PartyId);
        Parties = await db.Parties.AsNoTracking().Where(p => withStatus.Contains(p.Id)).OrderBy(p => p.Name).ToListAsync(ct);
        Party ??= Parties.FirstOrDefault()?.Key;
        if (Party is null) return;
        try { Result = await TreatyStatusQuery.RunAsync(db, Party, AnalysisDate.Parse(AsOf, text["Cascade.AsOf"]) ?? StoreClock.Today(), ct); }
        catch (UserError e) { Error = e.Message; }
    }
}
