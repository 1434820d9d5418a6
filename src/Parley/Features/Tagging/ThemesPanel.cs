using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.Tagging;

/// <summary>
/// The "Suggested themes" section of a recommendation's page: computed when the page is shown, so a recommendation
/// entered by hand has suggestions as soon as it is saved; editors get a confirm and a reject button per theme.
/// </summary>
public sealed class ThemesPanel(ParleyDb db, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string key)
    {
        var ct = HttpContext.RequestAborted;
        var recommendation = await db.Recommendations.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, ct);
        if (recommendation is null) return Content("");
        var withheld = CaseAccess.Allowed(UserClaimsPrincipal) ? null : await CaseNames.OfAsync(db, ct);
        // A view component is outside the reader view's pass over page results: it withholds its own model (issue area
        // names and the words that drove a theme are stored text too).
        var themes = await ThemeSuggestions.ForAsync(db, recommendation, ct, withheld);
        if (withheld is not null) themes = withheld.Apply(themes);
        var canDecide = (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.Write)).Succeeded;
        var model = await ThemeModels.CurrentAsync(db, ct);
        return View("~/Features/Tagging/ThemesPanel.cshtml", new ThemesPanelView(key, themes, canDecide, model.Info));
    }
}
