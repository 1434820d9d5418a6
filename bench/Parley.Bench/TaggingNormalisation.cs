using System.Text.RegularExpressions;

namespace Parley.Bench;

/// <summary>
/// Text normalisation measured in the benchmark (<c>--normalise</c>): the recommending formulas that every theme
/// shares ("Continue to", "Consider", "Take measures to", ...) are cut from the start, English stop words dropped,
/// and the rest crudely stemmed (plural and -ing/-ed endings), before ML.NET's own featurisation.
/// </summary>
public static partial class TaggingNormalisation
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "its", "their", "that", "this", "as", "by", "at",
        "be", "is", "are", "all", "any", "which", "from", "into", "such", "other", "also", "further", "including",
    };

    public static string Normalise(string text)
    {
        var lower = text.ToLowerInvariant();
        string previous;
        do { previous = lower; lower = Formula().Replace(lower, ""); } while (lower != previous);
        var words = Word().Matches(lower).Select(m => m.Value).Where(w => !StopWords.Contains(w)).Select(Stem);
        return string.Join(' ', words);
    }

    private static string Stem(string w) =>
        w.Length <= 4 ? w
        : w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y"
        : w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 6 ? w[..^3]
        : w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 5 ? w[..^2]
        : w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1]
        : w;

    [GeneratedRegex(@"^\s*(continue (its efforts )?to|consider( the possibility of)?|take (all )?(the )?(necessary )?(measures|steps) to|step up (its )?efforts to|further|strengthen (its )?efforts to|ensure that|redouble (its )?efforts to|make efforts to|intensify (its )?efforts to)\s+")]
    private static partial Regex Formula();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();
}
