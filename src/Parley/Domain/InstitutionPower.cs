namespace Parley.Domain;

/// <summary>One power an institution holds, on one issue area or (with no issue area) on every area.</summary>
public class InstitutionPower
{
    public Power Power { get; set; }
    public int? IssueAreaId { get; set; }
    public IssueArea? IssueArea { get; set; }
    public string? Note { get; set; }
    public int? SourceId { get; set; }
    public Source? Source { get; set; }
    public string? Locator { get; set; }
}
