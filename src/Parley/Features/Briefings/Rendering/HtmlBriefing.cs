using System.Text;
using System.Text.Encodings.Web;

namespace Parley.Features.Briefings.Rendering;

/// <summary>Draws a briefing as one standalone, printable HTML document; every stored text is encoded.</summary>
public static class HtmlBriefing
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The standalone document that is downloaded and printed.</summary>
    public static string Render(Briefing briefing) =>
        "<!DOCTYPE html>\n"
        + $"<html lang=\"{(briefing.Language == BriefingLanguage.Vi ? "vi" : "en")}\"><head><meta charset=\"utf-8\">\n"
        + $"<title>{E(briefing.Title)}</title>\n"
        + "<style>" + Style + "</style></head><body>\n"
        + Fragment(briefing)
        + "</body></html>\n";

    /// <summary>The briefing's body alone, for showing inside a Parley page.</summary>
    public static string Fragment(Briefing briefing)
    {
        var text = briefing.Text;
        var html = new StringBuilder();
        html.AppendLine($"<article class=\"briefing\" lang=\"{(briefing.Language == BriefingLanguage.Vi ? "vi" : "en")}\">");
        html.AppendLine("<header class=\"title-page\">");
        if (briefing.Sensitive) html.AppendLine($"<p class=\"sensitive\"><strong>{E(text.Sensitive)}</strong>: {E(text.SensitiveNotice)}</p>");
        html.AppendLine($"<h1>{E(briefing.Title)}</h1>");
        if (briefing.RoundTitle is { } round) html.AppendLine($"<p class=\"meta\">{E(text.Round)}: {E(round)}</p>");
        html.AppendLine($"<p class=\"meta\">{E(text.PreparedOn)}: {briefing.PreparedOn:yyyy-MM-dd}</p>");
        if (briefing.Redacted) html.AppendLine($"<p class=\"redacted\">{E(text.RedactedNotice)}</p>");
        html.AppendLine($"<nav aria-label=\"{E(text.Contents)}\"><h2>{E(text.Contents)}</h2><ol>");
        foreach (var section in briefing.Sections) html.AppendLine($"<li value=\"{(int)section.Id}\"><a href=\"#section-{(int)section.Id}\">{E(section.Heading)}</a></li>");
        html.AppendLine("</ol></nav></header>");

        foreach (var section in briefing.Sections)
        {
            html.AppendLine($"<section id=\"section-{(int)section.Id}\"><h2>{(int)section.Id}. {E(section.Heading)}</h2>");
            foreach (var block in section.Blocks) Block(html, block);
            if (section.Id == BriefingSectionId.Sources)
            {
                html.AppendLine("<ol class=\"sources\">");
                foreach (var source in briefing.Sources)
                    html.AppendLine($"<li id=\"source-{source.Number}\" value=\"{source.Number}\">{E(source.Text)}{(source.Url is null ? "" : " " + Link(source.Url))}</li>");
                html.AppendLine("</ol>");
            }
            html.AppendLine("</section>");
        }
        html.AppendLine("</article>");
        return html.ToString();
    }

    private static void Block(StringBuilder html, BriefingBlock block)
    {
        switch (block)
        {
            case BriefingSubheading h:
                html.AppendLine($"<h3>{E(h.Text)}</h3>");
                break;
            case BriefingParagraph p:
                html.AppendLine($"<p>{E(p.Text)}{Notes(p.Notes)}</p>");
                break;
            case BriefingList l:
                html.AppendLine("<ul>");
                foreach (var item in l.Items) html.AppendLine($"<li>{E(item.Text)}{Notes(item.Notes)}</li>");
                html.AppendLine("</ul>");
                break;
            case BriefingTable t:
                // Footnote marks at the end of the row's last cell, as in the Markdown: no empty, unheaded column.
                html.AppendLine("<table><thead><tr>" + string.Concat(t.Headers.Select(h => $"<th scope=\"col\">{E(h)}</th>")) + "</tr></thead><tbody>");
                foreach (var row in t.Rows)
                    html.AppendLine("<tr>" + string.Concat(row.Cells.Select((c, i) => $"<td>{E(c)}{(i == row.Cells.Count - 1 ? Notes(row.Notes) : "")}</td>")) + "</tr>");
                html.AppendLine("</tbody></table>");
                break;
        }
    }

    private static string Notes(IReadOnlyList<int> notes) =>
        string.Concat(notes.Select(n => $"<sup><a href=\"#source-{n}\">[{n}]</a></sup>"));

    private static string E(string text) => Encoder.Encode(text);

    /// <summary>A web address as a link; anything else (a javascript: or data: address) only as text, since the downloaded file has no CSP to stop it.</summary>
    private static string Link(string url) => WebAddress.IsWeb(url) ? $"<a href=\"{E(url)}\">{E(url)}</a>" : E(url);

    private const string Style = """
        body { font: 11pt/1.45 "DejaVu Sans", system-ui, sans-serif; color: #1d2330; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        .title-page { border-bottom: 2px solid #1d2330; margin-bottom: 1.5rem; }
        .sensitive { background: #9a3d00; color: #fff; padding: .4rem .6rem; display: inline-block; }
        .meta { color: #5b6475; margin: .2rem 0; }
        .redacted { font-style: italic; }
        table { border-collapse: collapse; width: 100%; margin: .75rem 0; }
        th, td { border: 1px solid #d8dce4; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead { display: table-header-group; }
        tr, li { page-break-inside: avoid; break-inside: avoid; }
        sup a { text-decoration: none; }
        @media print { body { margin: 0; max-width: none; } .title-page { page-break-after: always; } section { page-break-before: auto; } }
        """;
}
