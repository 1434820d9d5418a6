namespace Parley.Features.Search;

/// <summary>A page of matches, best first, with the total and the facet counts over the best <paramref name="FacetsOver"/> matches.</summary>
public sealed record SearchResults(
    string Query,
    SearchFilters Filters,
    int Total,
    int Offset,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    int FacetsOver)
{
    /// <summary>
    /// True when there are more matches than <see cref="Total"/>: counting stopped at <see cref="SearchEngine.CountLimit"/>.
    /// </summary>
    public bool TotalCapped { get; init; }

    /// <summary>How the number of matches reads: "1 match", "24 matches", "more than 10,000 matches".</summary>
    public string Matches => TotalCapped ? $"more than {Total:N0} matches" : Total == 1 ? "1 match" : $"{Total:N0} matches";

    /// <summary>True when there are more matches than the facets counted.</summary>
    public bool FacetsSampled => FacetsOver < Total;
}
