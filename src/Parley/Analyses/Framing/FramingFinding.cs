using Parley.Domain;

namespace Parley.Analyses.Framing;

/// <summary>A lexicon term found in a draft: its span in the text as written, why it matters, and what to say instead.</summary>
public sealed record FramingFinding(int Start, int Length, string Text, string Term, string Language, LexiconCategory Category,
    string? Why, string? Suggestion, string LexiconKey);
