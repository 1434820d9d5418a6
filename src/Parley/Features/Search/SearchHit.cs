namespace Parley.Features.Search;

/// <summary>One matching record: what it is, its title and a snippet with the matched words marked.</summary>
public sealed record SearchHit(
    string Kind,
    string Key,
    string Title,
    string TitleHtml,
    string Snippet,
    string SnippetHtml,
    double Score,
    string? Party,
    int? Year,
    string? Status,
    IReadOnlyList<string> Areas);
