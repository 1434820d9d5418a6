namespace Parley.Domain;

/// <summary>An analyst's judgement of the risk of an issue area in a year, added to or overriding the evidence from cases.</summary>
public class RiskAssessment : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public int IssueAreaId { get; set; }
    public IssueArea IssueArea { get; set; } = null!;
    public int? PartyId { get; set; }
    public Party? Party { get; set; }
    public int Year { get; set; }
    public RiskLevel Level { get; set; }
    public bool Overrides { get; set; }
    public string? Note { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
