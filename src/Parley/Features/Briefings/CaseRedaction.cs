using System.Globalization;
using System.Text;

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
        var folded = names.Where(n => n.Length > 0).Select(Fold).Distinct().OrderByDescending(n => n.Length).ToList();
        string Scrub(string text) => Redact(text, folded);
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

    /// <summary>Replaces each folded name found in the folded text; folding keeps one character per character, so spans line up.</summary>
    public static string Redact(string text, IReadOnlyList<string> foldedNames)
    {
        var original = text.Normalize(NormalizationForm.FormC);
        var folded = Fold(original);
        var result = new StringBuilder(original);
        foreach (var name in foldedNames)
        {
            for (var at = folded.IndexOf(name, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                for (var i = at; i < at + name.Length; i++) result[i] = '\0';
                folded = folded.Remove(at, name.Length).Insert(at, new string('\0', name.Length));
            }
        }
        var collapsed = new StringBuilder();
        for (var i = 0; i < result.Length; i++)
        {
            if (result[i] != '\0') collapsed.Append(result[i]);
            else if (i == 0 || result[i - 1] != '\0') collapsed.Append(Withheld);
        }
        return collapsed.ToString();
    }

    /// <summary>Lower case without diacritics, one character for one: "Hoàng Thị" → "hoang thi", "Đ" → "d".</summary>
    public static string Fold(string text)
    {
        var chars = text.Normalize(NormalizationForm.FormC).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is 'Đ' or 'đ') { chars[i] = 'd'; continue; }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.FirstOrDefault(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark);
            chars[i] = char.ToLowerInvariant(baseChar == '\0' ? c : baseChar);
        }
        return new string(chars);
    }
}
