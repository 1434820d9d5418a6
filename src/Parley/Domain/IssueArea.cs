namespace Parley.Domain;

/// <summary>A theme of human-rights work, in a taxonomy: a power or leverage on a parent covers its children.</summary>
public class IssueArea : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public int? ParentId { get; set; }
    public IssueArea? Parent { get; set; }
    public string? Description { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
