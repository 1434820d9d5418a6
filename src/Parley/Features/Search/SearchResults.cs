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
    /// <summary>True when there are more matches than the facets counted.</summary>
    public bool FacetsSampled => FacetsOver < Total;
}
