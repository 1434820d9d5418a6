using Parley.Domain;

namespace Parley.Analyses.Framing;

/// <summary>
/// A span of a draft that matters for framing: where it is in the text as written, what it counts as, why (with the
/// sources), and a rewording in the statement's language.
/// </summary>
public sealed record FramingFinding(int Start, int Length, string Text, string Term, string Language, LexiconCategory Category,
    string? Why, string? Suggestion, string LexiconKey)
{
    public FindingKind Kind { get; init; } = FindingKind.Term;
    public IReadOnlyList<FramingCitation> Citations { get; init; } = [];
}
