namespace Parley.Domain;

/// <summary>A recommendation or concern raised by one party to another, in a round or another mechanism (such as the UPR).</summary>
public class Recommendation : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Text { get; set; } = "";
    public int? FromPartyId { get; set; }
    public Party? FromParty { get; set; }
    public int? ToPartyId { get; set; }
    public Party? ToParty { get; set; }
    public int? RoundId { get; set; }
    public Round? Round { get; set; }
    /// <summary>Where it was made when not in a round: "UPR", "policy analysis".</summary>
    public string? Mechanism { get; set; }
    public RecommendationResponse Response { get; set; }
    /// <summary>UPR Info action category, 1 (minimal action) to 5 (specific action).</summary>
    public int? ActionCategory { get; set; }
    public int? Session { get; set; }
    public int? Cycle { get; set; }
    public PartialDate? Date { get; set; }
    public List<IssueArea> IssueAreas { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
