using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Parley.Web;

namespace Parley.Features.Briefings;

/// <summary>
/// How a report page (briefing, mid-term report, follow-up since the last round) answers <c>?format=</c>: the report
/// as a file to save, or 400 naming the formats there are.
/// </summary>
public static class BriefingDownload
{
    /// <summary>The report, already as the reader may see it, drawn in <paramref name="format"/> and saved as <paramref name="baseName"/> plus its extension.</summary>
    public static IActionResult File(PageModel page, Briefing report, string format, string baseName, IStringLocalizer<Text> text)
    {
        if (BriefingDocument.FormatNamed(format) is not { } chosen) return page.BadRequest(text["Briefing.UnknownFormat", format].Value);
        var document = BriefingDocument.Render(report, chosen, baseName);
        return page.File(document.Content, document.MediaType, document.FileName);
    }
}
