using Parley.Analyses.Matching;

namespace Parley.Features.Briefings;

/// <summary>
/// Removes every case name from a whole briefing, wherever it appears (agenda notes and quoted sources too),
/// with or without Vietnamese diacritics, so a redacted edition can go to a wider audience.
/// </summary>
public static class CaseRedaction
{
    public const string Withheld = "[name withheld]";

    public static Briefing Apply(Briefing briefing, IEnumerable<string> names)
    {
        var matcher = new NameMatcher(names.Select(FoldedText.Fold));
        string Scrub(string text) => Redact(text, matcher);
        BriefingParagraph Paragraph(BriefingParagraph p) => new(Scrub(p.Text), p.Notes);
        BriefingBlock Block(BriefingBlock block) => block switch
        {
            BriefingParagraph p => Paragraph(p),
            BriefingList l => new BriefingList(l.Items.Select(Paragraph).ToList()),
            BriefingTable t => new BriefingTable(t.Headers, t.Rows.Select(r => new BriefingRow(r.Cells.Select(Scrub).ToList(), r.Notes)).ToList()),
            BriefingSubheading h => new BriefingSubheading(Scrub(h.Text)),
            _ => block,
        };
        return briefing with
        {
            Sections = briefing.Sections.Select(s => s with { Blocks = s.Blocks.Select(Block).ToList() }).ToList(),
            Sources = briefing.Sources.Select(s => s with { Text = Scrub(s.Text) }).ToList(),
        };
    }

    /// <summary>Replaces each name found (compared folded) by <see cref="Withheld"/> at its place in the text as written.</summary>
    public static string Redact(string text, NameMatcher foldedNames)
    {
        if (foldedNames.Count == 0 || text.Length == 0) return text;
        var folded = new FoldedText(text);
        var spans = new List<(int Start, int End)>();
        foreach (var (at, length) in foldedNames.Find(folded.Folded))
        {
            var (start, originalLength) = folded.OriginalSpan(at, length);
            spans.Add((start, start + originalLength));
        }
        if (spans.Count == 0) return text;
        var result = new System.Text.StringBuilder();
        var position = 0;
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            if (start < position) { position = Math.Max(position, end); continue; }
            result.Append(text, position, start - position).Append(Withheld);
            position = end;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }
}
