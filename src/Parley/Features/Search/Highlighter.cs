using Parley.Analyses.Matching;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Parley.Features.Search;

/// <summary>
/// Marks where a query matches a text, on the folded text (same length as the original) so "Hong" marks "Hồng".
/// HTML output encodes every piece of the record's text and adds only the &lt;mark&gt; tags itself.
/// </summary>
public static class Highlighter
{
    public const int SnippetLength = 240;

    public sealed record Piece(string Text, bool Marked);

    // Escapes what HTML needs escaped (<, >, &, quotes) but leaves Vietnamese letters readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text, or a window of about <paramref name="window"/> characters around the first match, cut into plain and marked pieces.</summary>
    public static IReadOnlyList<Piece> Pieces(string text, SearchQuery query, int? window = null)
    {
        var marks = Marks(text, query);
        var (from, to) = (0, text.Length);
        if (window is { } length && text.Length > length)
        {
            var first = marks.Count > 0 ? marks[0].Start : 0;
            from = Math.Max(0, Math.Min(first - length / 4, text.Length - length));
            to = Math.Min(text.Length, from + length);
            if (from > 0 && text.IndexOf(' ', from) is var space and >= 0 && space < first) from = space + 1;
            if (to < text.Length && text.LastIndexOf(' ', to - 1) is var end and > 0 && end > from) to = end;
        }
        var pieces = new List<Piece>();
        if (from > 0) pieces.Add(new("…", false));
        var at = from;
        foreach (var (start, endAt) in marks.Where(m => m.Start >= from && m.End <= to))
        {
            if (start > at) pieces.Add(new(text[at..start], false));
            pieces.Add(new(text[start..endAt], true));
            at = endAt;
        }
        if (to > at) pieces.Add(new(text[at..to], false));
        if (to < text.Length) pieces.Add(new("…", false));
        return pieces;
    }

    public static string Html(IEnumerable<Piece> pieces)
    {
        var html = new StringBuilder();
        foreach (var piece in pieces)
        {
            var encoded = Encoder.Encode(piece.Text);
            html.Append(piece.Marked ? $"<mark>{encoded}</mark>" : encoded);
        }
        return html.ToString();
    }

    /// <summary>For a terminal: matches in [brackets], line breaks flattened.</summary>
    public static string Plain(IEnumerable<Piece> pieces) =>
        string.Concat(pieces.Select(p => p.Marked ? $"[{p.Text}]" : p.Text)).ReplaceLineEndings(" ");

    private static List<(int Start, int End)> Marks(string text, SearchQuery query)
    {
        var words = SearchWords.Words(Folding.Fold(text)).ToList();
        var marks = new List<(int Start, int End)>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var term in query.Terms)
            {
                if (i + term.Words.Count > words.Count) continue;
                var matches = true;
                for (var j = 0; j < term.Words.Count && matches; j++)
                {
                    var word = words[i + j].Word;
                    var wanted = term.Words[j];
                    matches = term.Prefix && j == term.Words.Count - 1 ? word.StartsWith(wanted, StringComparison.Ordinal) : word == wanted;
                }
                if (!matches) continue;
                var last = words[i + term.Words.Count - 1];
                marks.Add((words[i].Start, last.End));
                break;
            }
        }
        // Overlapping phrase marks merge into one.
        var merged = new List<(int Start, int End)>();
        foreach (var mark in marks.OrderBy(m => m.Start))
        {
            if (merged.Count > 0 && mark.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, mark.End));
            else merged.Add(mark);
        }
        return merged;
    }
}
