namespace Parley.Features.Search;

/// <summary>What one record gives the search box: its title, its words, and the values results are faceted by.</summary>
public sealed record SearchFacts(string Title, string Body, string? Party, int? Year, string? Status, List<string> Areas)
{
    /// <summary>False for a title cut from the body (recommendations), whose words are indexed once, as body.</summary>
    public bool TitleIndexed { get; init; } = true;
}
