using System.Text;

namespace Parley.Features.Briefings.Rendering;

/// <summary>Draws a briefing as Markdown: headings, lists, pipe tables, numbered sources.</summary>
public static class MarkdownBriefing
{
    public static string Render(Briefing briefing)
    {
        var text = briefing.Text;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Inline(briefing.Title));
        md.AppendLine();
        var meta = new List<string>();
        if (briefing.RoundTitle is { } round) meta.Add($"**{text.Round}:** {Inline(round)}");
        meta.Add($"**{text.PreparedOn}:** {briefing.PreparedOn:yyyy-MM-dd}");
        md.AppendLine(string.Join(" · ", meta));
        md.AppendLine();
        if (briefing.Sensitive) md.AppendLine($"> **{text.Sensitive}**: {text.SensitiveNotice}").AppendLine();
        if (briefing.Redacted) md.AppendLine($"> {text.RedactedNotice}").AppendLine();

        md.Append("## ").AppendLine(text.Contents);
        foreach (var section in briefing.Sections) md.AppendLine($"{(int)section.Id}. {Inline(section.Heading)}");
        md.AppendLine();

        foreach (var section in briefing.Sections)
        {
            md.AppendLine($"## {(int)section.Id}. {Inline(section.Heading)}").AppendLine();
            foreach (var block in section.Blocks) Block(md, block);
            if (section.Id == BriefingSectionId.Sources)
            {
                foreach (var source in briefing.Sources)
                    md.AppendLine($"{source.Number}. {Inline(source.Text)}{(source.Url is null ? "" : WebAddress.IsWeb(source.Url) && !source.Url.Any(c => c is '<' or '>' or ' ') ? $" <{source.Url}>" : " " + Inline(source.Url))}");
                md.AppendLine();
            }
        }
        return md.ToString();
    }

    private static void Block(StringBuilder md, BriefingBlock block)
    {
        switch (block)
        {
            case BriefingSubheading h:
                md.AppendLine($"### {Inline(h.Text)}").AppendLine();
                break;
            case BriefingParagraph p:
                md.AppendLine(Inline(p.Text) + Notes(p.Notes)).AppendLine();
                break;
            case BriefingList l:
                foreach (var item in l.Items) md.AppendLine($"- {Inline(item.Text)}{Notes(item.Notes)}");
                md.AppendLine();
                break;
            case BriefingTable t:
                // A row's footnote marks go at the end of its last cell, as a paragraph's go at its end: a column of
                // their own was an empty, unheaded column in every table without notes.
                md.AppendLine("| " + string.Join(" | ", t.Headers.Select(Cell)) + " |");
                md.AppendLine("|" + string.Concat(Enumerable.Repeat("---|", t.Headers.Count)));
                foreach (var row in t.Rows)
                    md.AppendLine("| " + string.Join(" | ", row.Cells.Select((c, i) => Cell(c) + (i == row.Cells.Count - 1 ? Notes(row.Notes) : ""))) + " |");
                md.AppendLine();
                break;
        }
    }

    /// <summary>Footnote marks as [n], the same marks the HTML and PDF show.</summary>
    public static string Notes(IReadOnlyList<int> notes) => notes.Count == 0 ? "" : " " + string.Concat(notes.Select(n => $"[{n}]"));

    /// <summary>
    /// Stored text on one line, with what Markdown would turn into markup escaped: an HTML tag or a link written
    /// into a name or a statement stays text when the file is rendered.
    /// </summary>
    private static string Inline(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '<' or '>' or '[' or ']' or '`') line.Append('\\');
            line.Append(c is '\r' or '\n' ? ' ' : c);
        }
        return line.ToString();
    }

    private static string Cell(string text) => Inline(text).Replace("|", "\\|");
}
