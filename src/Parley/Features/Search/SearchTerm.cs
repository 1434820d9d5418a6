namespace Parley.Features.Search;

/// <summary>One part of a query: a word, a word prefix (word*) or a phrase ("two words"), already folded.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix)
{
    public bool IsPhrase => Words.Count > 1;
}
