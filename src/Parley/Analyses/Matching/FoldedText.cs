using System.Globalization;
using System.Text;

namespace Parley.Analyses.Matching;

/// <summary>
/// Text folded for matching (<see cref="Folding"/>; runs of white space as one space) with a map back to the
/// original, so a match is reported where the user wrote it. <see cref="Letters"/> keeps letters and digits only:
/// how names are compared, so "Hoang-Thi-Minh-Hong", "Hoàng\u200BThị Minh Hồng" and "HOANG THI MINH HONG" are one name.
/// </summary>
public sealed class FoldedText
{
    private readonly List<int> _origin = [];

    public string Original { get; }
    public string Folded { get; }

    public FoldedText(string original) : this(original, lettersOnly: false) { }

    private FoldedText(string original, bool lettersOnly)
    {
        Original = original;
        var folded = new StringBuilder(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (Folding.Dropped(c)) continue;
            var f = Folding.Char(c);
            if (lettersOnly)
            {
                if (char.IsLetterOrDigit(f)) Append(folded, f, i);
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] == ' ') continue;
                f = ' ';
            }
            Append(folded, f, i);
        }
        Folded = folded.ToString();
    }

    /// <summary>The letters and digits of <paramref name="text"/>, folded, with the map back: what names are found in.</summary>
    public static FoldedText Letters(string text) => new(text, lettersOnly: true);

    private void Append(StringBuilder folded, char c, int originIndex)
    {
        folded.Append(c);
        _origin.Add(originIndex);
    }

    /// <summary>Folds a term the same way as a text, for comparing names and lexicon entries.</summary>
    public static string Fold(string text) => new FoldedText(text.Trim()).Folded;

    /// <summary>A name as <see cref="NameMatcher"/> looks for it: its letters and digits, folded.</summary>
    public static string FoldName(string name) => Letters(name).Folded;

    /// <summary>The span in the original text that the folded range [start, start+length) came from.</summary>
    public (int Start, int Length) OriginalSpan(int start, int length)
    {
        var first = _origin[start];
        var end = _origin[start + length - 1] + 1;
        // Combining marks and invisible characters after the last letter belong to it in the original.
        while (end < Original.Length && (Folding.Dropped(Original[end])
            || CharUnicodeInfo.GetUnicodeCategory(Original[end]) == UnicodeCategory.NonSpacingMark)) end++;
        return (first, end - first);
    }
}
