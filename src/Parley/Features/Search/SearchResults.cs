namespace Parley.Features.Search;

/// <summary>
/// A page of matches, best first among all <paramref name="Total"/> matches, with the facet counts: exact, or, when
/// <paramref name="FacetsEstimated"/>, estimated from every match whose entry number is a multiple of a step
/// (<paramref name="FacetsSample"/> of them read) and scaled to the total; asking again with exact counts gives them.
/// </summary>
public sealed record SearchResults(
    string Query,
    SearchFilters Filters,
    int Total,
    int Offset,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    bool FacetsEstimated,
    int FacetsSample)
{
    /// <summary>How the number of matches reads: "1 match", "24 matches".</summary>
    public string Matches => Total == 1 ? "1 match" : $"{Total:N0} matches";

    /// <summary>The note that says facet counts are estimates and how they were made; null when they are exact.</summary>
    public string? FacetsNote => FacetsEstimated
        ? $"Counts are estimates from {FacetsSample:N0} of the {Total:N0} matches, spread evenly over them"
        : null;
}
