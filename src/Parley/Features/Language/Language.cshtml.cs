using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Web.Localization;

namespace Parley.Features.Language;

/// <summary>
/// The language switch in the header posts here: the choice is kept in a cookie for a year and the reader goes back to
/// the page they were on. Open to anyone, so the sign-in page can be read in Vietnamese too.
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel : PageModel
{
    public void OnGet() { }

    public IActionResult OnPost([FromForm] string? culture, [FromForm] string? returnUrl)
    {
        if (Languages.Find(culture) is { } chosen) Languages.Remember(Response, chosen);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
