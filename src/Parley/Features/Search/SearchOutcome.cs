namespace Parley.Features.Search;

/// <summary>Either results or, for a query that cannot be run, the message that says why.</summary>
public sealed record SearchOutcome(SearchResults? Results, string? Error)
{
    public bool Succeeded => Results is not null;
}
