namespace Parley.Features.Search;

/// <summary>
/// A page of matches, best first among all <paramref name="Total"/> matches, with the facet counts: exact, or, when
/// <paramref name="FacetsEstimated"/>, estimated from every match whose entry number is a multiple of a step
/// (<paramref name="FacetsSample"/> of them read) and scaled to the total; asking again with exact counts gives them.
/// When <paramref name="TotalEstimated"/> (PostgreSQL, a word most records match) the total is an estimate too, from the
/// matches among a repeatable sample of the store's pages, and the facets are counted over those sampled matches.
/// </summary>
public sealed record SearchResults(
    string Query,
    SearchFilters Filters,
    int Total,
    int Offset,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    bool FacetsEstimated,
    int FacetsSample,
    bool TotalEstimated)
{
    /// <summary>How the number of matches reads: "1 match", "24 matches", "about 84,100 matches".</summary>
    public string Matches => TotalEstimated ? $"about {Total:N0} matches" : Total == 1 ? "1 match" : $"{Total:N0} matches";

    /// <summary>The note that says facet counts are estimates and how they were made; null when they are exact.</summary>
    public string? FacetsNote => TotalEstimated
        ? $"The number of matches and these counts are estimates from the {FacetsSample:N0} matches in a sample of the store"
        : FacetsEstimated
        ? $"Counts are estimates from {FacetsSample:N0} of the {Total:N0} matches, spread evenly over them"
        : null;
}
