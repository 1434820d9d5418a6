namespace Parley.Analyses.Matching;

/// <summary>Finds whole-word occurrences of a term in a text, ignoring case and diacritics.</summary>
public static class TermFinder
{
    /// <summary>Endings that still count as the same English word ("condemns", "condemnation").</summary>
    private static readonly string[] EnglishEndings = ["ations", "ation", "ing", "es", "ed", "s", "d"];

    public static IReadOnlyList<TermMatch> Find(FoldedText text, string term, string language = "en")
    {
        var needle = FoldedText.Fold(term);
        var found = new List<TermMatch>();
        if (needle.Length == 0) return found;
        var haystack = text.Folded;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && IsWordChar(haystack[at - 1])) continue;
            var end = at + needle.Length;
            if (end < haystack.Length && IsWordChar(haystack[end]))
            {
                var ending = language == "en" ? EnglishEndings.FirstOrDefault(e => string.CompareOrdinal(haystack, end, e, 0, e.Length) == 0
                    && (end + e.Length == haystack.Length || !IsWordChar(haystack[end + e.Length]))) : null;
                if (ending is null) continue;
                end += ending.Length;
            }
            var (start, length) = text.OriginalSpan(at, end - at);
            found.Add(new TermMatch(start, length, text.Original.Substring(start, length)));
        }
        return found;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

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
