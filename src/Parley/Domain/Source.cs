namespace Parley.Domain;

/// <summary>A document, page or data set that facts rest on.</summary>
public class Source : IKeyed
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public SourceKind Kind { get; set; }
    public string? Author { get; set; }
    public string? Publisher { get; set; }
    public PartialDate? Published { get; set; }
    public string? Url { get; set; }
    public string? Note { get; set; }
}
