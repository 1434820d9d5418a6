using System.Globalization;
using System.Text;

namespace Parley.Analyses.Matching;

/// <summary>
/// Text folded for matching (lower case, diacritics stripped, Đ as D, curly quotes as straight, runs of
/// white space as one space) with a map back to the original, so a match is reported where the user wrote it.
/// </summary>
public sealed class FoldedText
{
    private readonly List<int> _origin = [];

    public string Original { get; }
    public string Folded { get; }

    public FoldedText(string original)
    {
        Original = original;
        var folded = new StringBuilder(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] == ' ') continue;
                Append(folded, ' ', i);
                continue;
            }
            foreach (var part in FoldChar(c))
                Append(folded, part, i);
        }
        Folded = folded.ToString();
    }

    private void Append(StringBuilder folded, char c, int originIndex)
    {
        folded.Append(c);
        _origin.Add(originIndex);
    }

    /// <summary>Folds a term the same way as a text, for comparing names and lexicon entries.</summary>
    public static string Fold(string text) => new FoldedText(text.Trim()).Folded;

    private static IEnumerable<char> FoldChar(char c)
    {
        switch (c)
        {
            case 'Đ' or 'đ': yield return 'd'; yield break;
            case '\u2018' or '\u2019' or '\u02BC': yield return '\''; yield break;
            case '\u201C' or '\u201D': yield return '"'; yield break;
            case '\u2010' or '\u2011' or '\u2013' or '\u2014': yield return '-'; yield break;
        }
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                yield return char.ToLowerInvariant(d);
    }

    /// <summary>The span in the original text that the folded range [start, start+length) came from.</summary>
    public (int Start, int Length) OriginalSpan(int start, int length)
    {
        var first = _origin[start];
        var end = _origin[start + length - 1] + 1;
        // Combining marks after the last letter belong to it in the original.
        while (end < Original.Length && CharUnicodeInfo.GetUnicodeCategory(Original[end]) == UnicodeCategory.NonSpacingMark) end++;
        return (first, end - first);
    }
}
