using System.Globalization;
using System.Text;

namespace Parley.Analyses.Matching;

/// <summary>
/// The one way Parley folds text for matching, used by search, name withholding and the lexicon analyses alike:
/// lower case, diacritics stripped, Vietnamese đ/Đ as d, curly quotes as straight, dashes as '-'; combining marks
/// and invisible characters (zero-width space and joiners, word joiner, byte-order mark, soft hyphen) are dropped,
/// so "Hoàng Thị Minh Hồng", "HOANG THI MINH HONG" and "Ho\u200Bang" are the same letters. Done in the application,
/// not by the database, so SQLite and PostgreSQL index exactly the same terms.
/// </summary>
public static class Folding
{
    /// <summary>The folded form of one character, one for one so positions carry over; see <see cref="Dropped"/>.</summary>
    public static char Char(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        if (char.IsSurrogate(c)) return c;
        // Decomposing allocates; the folded form of each character is worked out once and kept.
        var known = Folded[c];
        if (known != 0) return known;
        return Folded[c] = FoldByDecomposing(c);
    }

    /// <summary>Characters that carry no letter of their own: matching skips them wherever they are.</summary>
    public static bool Dropped(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'
        || (c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark);

    /// <summary>The text folded, one character for each character of the input (dropped ones included).</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text) folded.Append(Char(c));
        return folded.ToString();
    }

    private static readonly char[] Folded = new char[char.MaxValue + 1];

    private static char FoldByDecomposing(char c)
    {
        switch (c)
        {
            case 'Đ' or 'đ': return 'd';
            case '\u2018' or '\u2019' or '\u02BC': return '\'';
            case '\u201C' or '\u201D': return '"';
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212': return '-';
        }
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark) return char.ToLowerInvariant(part);
        return char.ToLowerInvariant(c);
    }
}
