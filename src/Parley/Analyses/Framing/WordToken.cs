namespace Parley.Analyses.Framing;

/// <summary>
/// One word (or Vietnamese syllable) of a statement or a term: folded, its English stem, the diacritics it was written
/// with (empty when typed without), its sentence, and its span in the original text.
/// </summary>
public sealed record WordToken(string Folded, string Stem, string Marks, int Sentence, int Start, int Length)
{
    public bool HasMarks => Marks.Length > 0;
}
