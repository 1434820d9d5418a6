namespace Parley.Analyses.Framing;

/// <summary>
/// A lexicon term as words to find in order. "…" (or "...") between words allows up to <see cref="MaxGap"/> other
/// words of the same sentence in between: "respect … political system" finds "respects the political system of
/// Viet Nam". English words match by stem; other languages match whole syllables, with or without diacritics.
/// </summary>
public sealed class TermPattern
{
    // Eight: the standard joint-statement wording puts six words between "respects" and "political system"
    // ("respects … the independence, sovereignty, territorial integrity and political system of").
    public const int MaxGap = 8;

    private readonly WordToken[] _words;
    private readonly bool[] _gapBefore;
    private readonly bool _english;

    public TermPattern(string term, string language)
    {
        _english = language == "en";
        var words = new List<WordToken>();
        var gaps = new List<bool>();
        var gap = false;
        foreach (var part in term.Replace("...", "…", StringComparison.Ordinal).Split('…'))
        {
            foreach (var word in WordTokens.Of(part))
            {
                words.Add(word);
                gaps.Add(gap && words.Count > 1);
                gap = false;
            }
            gap = true;
        }
        _words = [.. words];
        _gapBefore = [.. gaps];
    }

    public bool IsEmpty => _words.Length == 0;

    /// <summary>Every match in the text, as the index of its first and last word.</summary>
    public IEnumerable<(int First, int Last)> Find(IReadOnlyList<WordToken> text)
    {
        if (IsEmpty) yield break;
        for (var i = 0; i < text.Count; i++)
            if (Matches(text[i], _words[0]) && MatchFrom(text, i, 1) is { } last)
                yield return (i, last);
    }

    private int? MatchFrom(IReadOnlyList<WordToken> text, int at, int next)
    {
        if (next == _words.Length) return at;
        var reach = _gapBefore[next] ? MaxGap + 1 : 1;
        for (var j = at + 1; j <= at + reach && j < text.Count && text[j].Sentence == text[at].Sentence; j++)
            if (Matches(text[j], _words[next]) && MatchFrom(text, j, next + 1) is { } last)
                return last;
        return null;
    }

    private bool Matches(WordToken text, WordToken term) =>
        _english ? text.Stem == term.Stem : SameSyllable(text, term);

    /// <summary>
    /// Whole syllables only; a syllable typed without diacritics matches any accented form, one typed with them must
    /// carry the same ones ("đang", currently, is not "Đảng", the Party).
    /// </summary>
    public static bool SameSyllable(WordToken text, WordToken term) =>
        text.Folded == term.Folded && (!text.HasMarks || !term.HasMarks || text.Marks == term.Marks);
}
