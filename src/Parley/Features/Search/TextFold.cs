using System.Globalization;
using System.Text;

namespace Parley.Features.Search;

/// <summary>
/// Folds text for matching: lower case, diacritics removed, Vietnamese đ/Đ to d, so "Hoang Thi Minh Hong" and
/// "Hoàng Thị Minh Hồng" are the same words. Done in the application, not by the database, so that SQLite and
/// PostgreSQL index exactly the same terms (FTS5's remove_diacritics does not fold đ; PostgreSQL needs unaccent).
/// </summary>
public static class TextFold
{
    /// <summary>The folded text, one character for each character of the input, so positions carry over for highlighting.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text) folded.Append(FoldChar(c));
        return folded.ToString();
    }

    /// <summary>The words of a text, folded, joined by single spaces: what both full-text engines index.</summary>
    public static string Terms(string? text)
    {
        // The same words as Words(Fold(text)) joined, in one pass: every record saved (and every generated one) comes here.
        if (string.IsNullOrEmpty(text)) return "";
        var terms = new StringBuilder(text.Length);
        var inWord = false;
        foreach (var original in text)
        {
            var c = FoldChar(original);
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && terms.Length > 0) terms.Append(' ');
                terms.Append(c);
                inWord = true;
            }
            else if (!(inWord && IsMark(c))) inWord = false;
        }
        return terms.ToString();
    }

    /// <summary>
    /// The runs of letters and digits in already folded text, with where each starts and ends. Combining marks (text
    /// typed in decomposed form) stay inside their word and are dropped from it.
    /// </summary>
    public static IEnumerable<(int Start, int End, string Word)> Words(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (start >= 0 && IsMark(folded[i])));
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return (start, i, string.Concat(folded[start..i].Where(c => !IsMark(c))));
                start = -1;
            }
        }
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static char FoldChar(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        if (c is 'đ' or 'Đ') return 'd';
        if (char.IsSurrogate(c)) return c;
        // Decomposing allocates; the folded form of each character is worked out once and kept.
        var known = Folded[c];
        if (known != 0) return known;
        return Folded[c] = FoldByDecomposing(c);
    }

    private static readonly char[] Folded = new char[char.MaxValue + 1];

    private static char FoldByDecomposing(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var part in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark) return char.ToLowerInvariant(part);
        return char.ToLowerInvariant(c);
    }
}
