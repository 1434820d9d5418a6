using System.Text;
using Parley.Analyses.Matching;

namespace Parley.Features.Search;

/// <summary>
/// The words search indexes and looks for, folded by <see cref="Folding"/> (the same folding that withholds names),
/// so "Hoang Thi Minh Hong" and "Hoàng Thị Minh Hồng" are the same words on SQLite and PostgreSQL alike.
/// </summary>
public static class SearchWords
{
    /// <summary>The words of a text, folded, joined by single spaces: what both full-text engines index.</summary>
    public static string Terms(string? text)
    {
        // The same words as Words(Folding.Fold(text)) joined, in one pass: every record saved (and every generated one) comes here.
        if (string.IsNullOrEmpty(text)) return "";
        var terms = new StringBuilder(text.Length);
        var inWord = false;
        foreach (var original in text)
        {
            if (Folding.Dropped(original)) continue;
            var c = Folding.Char(original);
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && terms.Length > 0) terms.Append(' ');
                terms.Append(c);
                inWord = true;
            }
            else inWord = false;
        }
        return terms.ToString();
    }

    /// <summary>
    /// The runs of letters and digits in already folded text, with where each starts and ends. Dropped characters
    /// (combining marks of text typed in decomposed form, zero-width characters) stay inside their word and are left out of it.
    /// </summary>
    public static IEnumerable<(int Start, int End, string Word)> Words(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (start >= 0 && Folding.Dropped(folded[i])));
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return (start, i, string.Concat(folded[start..i].Where(c => !Folding.Dropped(c))));
                start = -1;
            }
        }
    }
}
