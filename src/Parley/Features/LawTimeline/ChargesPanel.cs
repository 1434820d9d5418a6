using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.LawTimeline;

/// <summary>
/// The "Charges over time" section of a case's page: for each article the person was charged under, the version in
/// force when the case began and the one that carries it on today, so a charge under a repealed code is not read as
/// a dead letter.
/// </summary>
public sealed class ChargesPanel(ParleyDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string key)
    {
        var ct = HttpContext.RequestAborted;
        // Cases are shown only to readers with case access; the panel asks again rather than trust its caller.
        if (!CaseAccess.Allowed(UserClaimsPrincipal)) return Content("");
        var @case = await db.Cases.AsNoTracking().Include(c => c.Charges).SingleOrDefaultAsync(c => c.Key == key, ct);
        if (@case is null || @case.Charges.Count == 0) return Content("");
        var provisions = await ProvisionVersions.LoadAsync(db, ct);
        var byId = provisions.ToDictionary(p => p.Id);
        var charges = @case.Charges.Select(p => byId[p.Id]).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var today = StoreClock.Today();
        return View("~/Features/LawTimeline/ChargesPanel.cshtml", ChargeVersions.Of(@case, charges, today));
    }
}
