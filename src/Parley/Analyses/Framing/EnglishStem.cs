namespace Parley.Analyses.Framing;

/// <summary>
/// A light English stemmer for the framing check: strips inflection and common derivation so "dictatorial",
/// "dictatorships" and "dictatorship" meet at one stem, as do "condemning", "condemned" and "condemnation".
/// It only has to make a lexicon term and a text word agree, not produce real words.
/// </summary>
public static class EnglishStem
{
    // Longest first within each pass; a stem keeps at least MinimumStem letters so "nation" or "need" stay whole.
    private static readonly string[] Suffixes =
    [
        "izations", "isations", "ization", "isation", "ations", "ation", "ities", "ments", "ships", "ically",
        "ness", "ment", "ship", "isms", "ists", "ians", "ials", "ical", "ions", "ives", "ing", "ism", "ist", "ian",
        "ial", "ity", "ion", "ive", "ary", "ful", "ed", "es", "s",
    ];

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["sought"] = "seek", ["overthrew"] = "overthrow", ["overthrown"] = "overthrow", ["rulers"] = "ruler",
    };

    private const int MinimumStem = 4;

    /// <summary>The stem of one folded (lower-case, unaccented) word.</summary>
    public static string Of(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular)) word = irregular;
        // Derivations stack ("authoritarianism" → "authoritarian" → "authoritar"), so strip until nothing applies.
        for (var pass = 0; pass < 3; pass++)
        {
            var stripped = Strip(word);
            if (stripped == word) break;
            word = stripped;
        }
        return word.Length > MinimumStem && word[^1] == 'e' ? word[..^1] : word;
    }

    private static string Strip(string word)
    {
        foreach (var suffix in Suffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < MinimumStem) continue;
            // "ss" is a word's own ending ("repress"), not a plural.
            if (suffix == "s" && word.EndsWith("ss", StringComparison.Ordinal)) continue;
            return word[..^suffix.Length];
        }
        return word;
    }
}
