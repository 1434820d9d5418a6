using System.Text;
using Parley.Features.Briefings.Rendering;

namespace Parley.Features.Briefings;

/// <summary>A briefing drawn in one format: its bytes, media type and a file name to save it under.</summary>
public sealed record BriefingDocument(byte[] Content, string MediaType, string FileName)
{
    /// <summary>The format a reader named (md, html or pdf, in any case); null for anything else, a number included.</summary>
    public static BriefingFormat? FormatNamed(string name) =>
        Enum.GetValues<BriefingFormat>().Select(f => (BriefingFormat?)f)
            .FirstOrDefault(f => string.Equals(f.ToString(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    public static BriefingDocument Render(Briefing briefing, BriefingFormat format, string baseName) => format switch
    {
        BriefingFormat.Md => new(Encoding.UTF8.GetBytes(MarkdownBriefing.Render(briefing)), "text/markdown; charset=utf-8", baseName + ".md"),
        BriefingFormat.Html => new(Encoding.UTF8.GetBytes(HtmlBriefing.Render(briefing)), "text/html; charset=utf-8", baseName + ".html"),
        _ => new(PdfBriefing.Render(briefing), "application/pdf", baseName + ".pdf"),
    };
}
