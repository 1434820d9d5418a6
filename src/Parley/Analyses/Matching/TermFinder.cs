using System.Text.RegularExpressions;

namespace Parley.Analyses.Matching;

/// <summary>Finds whole-word occurrences of a term in a text, ignoring case and diacritics.</summary>
public static class TermFinder
{
    /// <summary>
    /// Endings that still make the same English word, after any word of a term: "condemns", "condemnation",
    /// "respects Vietnam's political system".
    /// </summary>
    private const string EnglishEndings = "(?:ations|ation|ing|es|ed|s|d)?";

    public static IReadOnlyList<TermMatch> Find(FoldedText text, string term, string language = "en")
    {
        var words = FoldedText.Fold(term).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [];
        var ending = language == "en" ? EnglishEndings : "";
        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(" ", words.Select(w => Regex.Escape(w) + ending)) + @"(?![\p{L}\p{N}])";
        return Regex.Matches(text.Folded, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            .Select(m =>
            {
                var (start, length) = text.OriginalSpan(m.Index, m.Length);
                return new TermMatch(start, length, text.Original.Substring(start, length));
            })
            .ToList();
    }

    /// <summary>Keeps the longest of overlapping matches, so "defending against authoritarianism" is one finding, not two.</summary>
    public static IReadOnlyList<T> LongestFirst<T>(IEnumerable<T> items, Func<T, TermMatch> match)
    {
        var kept = new List<T>();
        foreach (var item in items.OrderByDescending(i => match(i).Length).ThenBy(i => match(i).Start))
        {
            var m = match(item);
            if (kept.Any(k => match(k).Start < m.Start + m.Length && m.Start < match(k).Start + match(k).Length)) continue;
            kept.Add(item);
        }
        return kept.OrderBy(i => match(i).Start).ToList();
    }
}
