namespace Parley.Domain;

/// <summary>The leverage a framework gives on an issue area, and why.</summary>
public class FrameworkLeverage
{
    public int IssueAreaId { get; set; }
    public IssueArea IssueArea { get; set; } = null!;
    public string? Note { get; set; }
}
