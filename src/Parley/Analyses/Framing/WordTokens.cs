using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Parley.Analyses.Matching;

namespace Parley.Analyses.Framing;

/// <summary>Cuts a text into words (Vietnamese: syllables) on the folded text, so a match is always whole words.</summary>
public static partial class WordTokens
{
    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static IReadOnlyList<WordToken> Of(string text) => Of(new FoldedText(text));

    public static IReadOnlyList<WordToken> Of(FoldedText text)
    {
        var folded = text.Folded;
        var tokens = new List<WordToken>();
        var sentence = 0;
        var previousEnd = 0;
        foreach (Match m in Word().Matches(folded))
        {
            var between = folded.AsSpan(previousEnd, m.Index - previousEnd);
            var afterApostrophe = m.Index > 0 && folded[m.Index - 1] == '\'';
            if (tokens.Count > 0 && EndsSentence(between, tokens[^1])) sentence++;
            previousEnd = m.Index + m.Length;
            var word = m.Value;
            // "Vietnam's": the possessive is not a word; "don't": the "t" is a negation.
            if (afterApostrophe && word == "s") continue;
            if (afterApostrophe && word == "t") word = "not";
            var (start, length) = text.OriginalSpan(m.Index, m.Length);
            tokens.Add(new WordToken(word, EnglishStem.Of(word), Marks(text.Original.AsSpan(start, length)), sentence, start, length));
        }
        return tokens;
    }

    // A full stop after a single letter is an abbreviation ("U.S."), not the end of a sentence.
    private static bool EndsSentence(ReadOnlySpan<char> between, WordToken previous) =>
        between.IndexOfAny("!?;:") >= 0 || (between.Contains('.') && previous.Folded.Length > 1);

    /// <summary>
    /// The diacritics of a word, order-free ("hòa" and "hoà" are the same syllable), with Đ as a mark of its own:
    /// "đang" and "Đảng" differ, while "dang" (typed without diacritics) could be either.
    /// </summary>
    private static string Marks(ReadOnlySpan<char> original)
    {
        var marks = new List<char>();
        foreach (var c in original.ToString().Normalize(NormalizationForm.FormD))
        {
            if (c is 'Đ' or 'đ') marks.Add('đ');
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) marks.Add(c);
        }
        marks.Sort();
        return new string([.. marks]);
    }
}
