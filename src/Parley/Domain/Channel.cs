namespace Parley.Domain;

/// <summary>A standing dialogue between parties (the Human Rights Dialogue, the Labor Dialogue).</summary>
public class Channel : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public ChannelKind Kind { get; set; }
    public int? StartYear { get; set; }
    public string? Scope { get; set; }
    public List<Party> Parties { get; set; } = [];
    public List<IssueArea> IssueAreas { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
