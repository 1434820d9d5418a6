namespace Parley.Features.Records;

/// <summary>A list as one user saved it under a name: the kind and the list's query string (filters, words, sort, columns).</summary>
public sealed class SavedView
{
    public int Id { get; set; }
    /// <summary>The Parley user name of who saved it; only they see it.</summary>
    public string Owner { get; set; } = "";
    /// <summary>The kind's URL segment: the view opens /records/{Kind}{Query}.</summary>
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The list's query string, starting with "?" (or empty for the whole list).</summary>
    public string Query { get; set; } = "";
    public DateTimeOffset Saved { get; set; }

    public string Href => $"/records/{Kind}{Query}";
}
