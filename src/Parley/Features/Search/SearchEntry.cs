namespace Parley.Features.Search;

/// <summary>
/// One searchable record as the search box sees it: its words folded for matching, its text for snippets, and the
/// values the results are faceted by. Kept in step with the record by <see cref="SearchIndexer"/> in the same save.
/// </summary>
public class SearchEntry
{
    public long Id { get; set; }
    /// <summary>recommendation, commitment, case, provision, programme, statement or source.</summary>
    public string Kind { get; set; } = "";
    public string RecordKey { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>The folded words of the title and the body, which the full-text index is built on.</summary>
    public string TitleTerms { get; set; } = "";
    public string BodyTerms { get; set; } = "";
    public string? Party { get; set; }
    public int? Year { get; set; }
    public string? Status { get; set; }
    public List<string> Areas { get; set; } = [];
}
