namespace Parley.Features.Search;

/// <summary>How many matches share one value of a facet (kind, area, party, year or status).</summary>
public sealed record FacetValue(string Value, int Count);
