namespace Parley.Analyses.Framing;

/// <summary>
/// Whether a statement is in Vietnamese or English, for giving rewordings in its language: Vietnamese when many
/// syllables carry diacritics, or (typed without them) when common Vietnamese syllables make up much of the text.
/// </summary>
public static class StatementLanguage
{
    private const double Share = 0.15;

    private static readonly HashSet<string> CommonVietnamese = new(StringComparer.Ordinal)
    {
        "va", "cua", "cac", "nhung", "voi", "khong", "la", "trong", "cho", "duoc", "nguoi", "nay", "mot", "co", "de", "viet",
        "nam", "hoa", "ky", "chung", "toi", "ve", "da", "se", "tai", "quyen", "chinh", "phu", "nuoc", "hai", "ben", "dong",
    };

    public static string Of(IReadOnlyList<WordToken> words)
    {
        if (words.Count == 0) return "en";
        var marked = words.Count(w => w.HasMarks);
        var common = words.Count(w => CommonVietnamese.Contains(w.Folded));
        return marked >= Share * words.Count || common >= Share * words.Count ? "vi" : "en";
    }
}
