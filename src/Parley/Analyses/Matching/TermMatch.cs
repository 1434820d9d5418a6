namespace Parley.Analyses.Matching;

/// <summary>Where a term was found in the original text: its offset, length and the words as written there.</summary>
public sealed record TermMatch(int Start, int Length, string Text);
