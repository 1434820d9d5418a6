namespace Parley.Features.Search;

/// <summary>A page of matches, best first, with the total and the facet counts over all matches.</summary>
public sealed record SearchResults(
    string Query,
    SearchFilters Filters,
    int Total,
    int Offset,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
