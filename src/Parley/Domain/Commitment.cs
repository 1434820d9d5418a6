namespace Parley.Domain;

/// <summary>A promise by a party, with what makes it concrete (owner, steps, deadline, indicator) and enforceable (verification, binding instrument).</summary>
public class Commitment : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Text { get; set; }
    public int PartyId { get; set; }
    public Party Party { get; set; } = null!;
    public int? OwnerInstitutionId { get; set; }
    public Institution? OwnerInstitution { get; set; }
    public List<string> Steps { get; set; } = [];
    public PartialDate? Deadline { get; set; }
    public string? Indicator { get; set; }
    public string? Verification { get; set; }
    public BindingInstrument Instrument { get; set; }
    public int? ChannelId { get; set; }
    public Channel? Channel { get; set; }
    public int? RoundId { get; set; }
    public Round? Round { get; set; }
    public int? RecommendationId { get; set; }
    public Recommendation? Recommendation { get; set; }
    public List<IssueArea> IssueAreas { get; set; } = [];
    /// <summary>Frameworks the commitment stands on: leaving one can annul it.</summary>
    public List<Framework> Frameworks { get; set; } = [];
    /// <summary>Other commitments this one stands on.</summary>
    public List<Commitment> DependsOn { get; set; } = [];
    public List<CommitmentStatusChange> History { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
