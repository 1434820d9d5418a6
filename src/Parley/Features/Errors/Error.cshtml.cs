using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Parley.Features.Errors;

/// <summary>
/// A page that could not be shown (not found, not allowed, a fault) explained inside the normal layout, with a way
/// back. Pages reach it by re-execution (see ErrorPages); the JSON API keeps its problem details.
/// </summary>
[AllowAnonymous, IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string? Path { get; private set; }
    public string Heading => Code switch { 404 => "Error.NotFound", 403 => "Error.Forbidden", >= 500 => "Error.Fault", _ => "Error.BadRequest" };
    public string Explanation => Heading + ".Explanation";

    // The code is read from the route by hand: a handler parameter would make the framework read the failed request's
    // form again (a form it could not read is why some posts end here), and the page would fail in turn.
    public void OnGet()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var number) ? number : 404;
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        Path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
    }

    /// <summary>A form post that failed is re-executed as a post: it gets the same page.</summary>
    public void OnPost() => OnGet();
}
