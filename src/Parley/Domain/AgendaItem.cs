namespace Parley.Domain;

/// <summary>An issue area on a round's agenda.</summary>
public class AgendaItem
{
    public int IssueAreaId { get; set; }
    public IssueArea IssueArea { get; set; } = null!;
    public string? Note { get; set; }
}
