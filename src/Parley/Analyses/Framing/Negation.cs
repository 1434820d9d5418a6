namespace Parley.Analyses.Framing;

/// <summary>
/// Whether a match is negated: a negation a few words before it in the same sentence, with only words of intent or
/// grammar in between ("we do not seek regime change", "has no intention of promoting a colour revolution",
/// "Hoa Kỳ không ủng hộ thay đổi chế độ"). Any other word in between ends the search, so "we will not accept
/// repression" stays confrontational.
/// </summary>
public static class Negation
{
    private const int Reach = 7;

    private static readonly HashSet<string> EnglishNegations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "neither", "nor", "without", "dont", "doesnt", "didnt", "wont", "cannot", "cant", "nothing",
    };

    private static readonly HashSet<string> EnglishBetween = new(
        ["seek", "sought", "support", "want", "intend", "intention", "interest", "interested", "pursue", "aim", "advocate",
         "back", "promote", "encourage", "favour", "favor", "call", "push", "wish", "plan", "endorse", "any", "a", "an",
         "the", "of", "for", "to", "at", "in", "toward", "towards", "do", "does", "did", "will", "would", "shall", "should",
         "be", "is", "are", "was", "were", "been", "has", "have", "had", "such", "form", "kind", "its", "their", "our",
         "and", "or", "ever", "way", "means", "believe", "see", "view", "engage", "play", "part", "role"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> EnglishBetweenStems = new(EnglishBetween.Select(EnglishStem.Of), StringComparer.Ordinal);

    // Vietnamese syllables, folded; a closed list, so folding ("không" as "khong") costs nothing in precision.
    private static readonly HashSet<string> VietnameseNegations = new(StringComparer.Ordinal) { "khong", "chua", "chang" };

    private static readonly HashSet<string> VietnameseBetween = new(
        ["ung", "ho", "tim", "cach", "muon", "chu", "truong", "nham", "thuc", "day", "co", "y", "dinh", "he", "theo", "duoi",
         "mot", "bat", "ky", "cuoc", "su", "viec", "vao", "ve", "gay", "ra", "se", "dang", "da", "hoac", "va", "hay", "nao",
         "khuyen", "khich", "tan", "thanh", "vu", "xuy", "mong", "tham", "gia", "phai", "nhu", "lam"],
        StringComparer.Ordinal);

    /// <summary>True when the words before <paramref name="first"/> negate it.</summary>
    public static bool Before(IReadOnlyList<WordToken> text, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - Reach && text[i].Sentence == text[first].Sentence; i--)
        {
            var word = text[i];
            if (EnglishNegations.Contains(word.Folded) || VietnameseNegations.Contains(word.Folded)) return true;
            if (EnglishBetweenStems.Contains(word.Stem) || VietnameseBetween.Contains(word.Folded)) continue;
            return false;
        }
        return false;
    }
}
