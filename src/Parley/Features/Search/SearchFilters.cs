namespace Parley.Features.Search;

/// <summary>The facet values a search is narrowed to; null means any.</summary>
public sealed record SearchFilters(string? Kind = null, string? Area = null, string? Party = null, int? Year = null, string? Status = null)
{
    public static readonly SearchFilters None = new();
}
