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

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        Path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
    }

    /// <summary>A form post that failed is re-executed as a post: it gets the same page.</summary>
    public void OnPost(int code) => OnGet(code);
}
