namespace Parley.Domain;

/// <summary>A record's link to the source it rests on, with a locator (quote, page) inside that source.</summary>
public class Citation
{
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public string? Locator { get; set; }
}
