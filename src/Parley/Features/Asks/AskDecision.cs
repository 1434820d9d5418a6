using Parley.Domain;

namespace Parley.Features.Asks;

/// <summary>
/// An editor's decision on a proposed ask for a round: accepted (as proposed or edited) or dropped. An accepted ask is
/// on the round's agenda; once the round is held it is recorded as a commitment (<see cref="CommitmentId"/>). Key is
/// "ROUND/ASK", so the decision outlives a new run of the analysis.
/// </summary>
public class AskDecision : IKeyed
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public int RoundId { get; set; }
    public Round Round { get; set; } = null!;
    public string AskKey { get; set; } = "";
    public bool Accepted { get; set; }
    /// <summary>The action as accepted (the editor's wording when edited).</summary>
    public string Action { get; set; } = "";
    public int? InstitutionId { get; set; }
    public Institution? Institution { get; set; }
    public PartialDate? Deadline { get; set; }
    public string? Indicator { get; set; }
    public string? Verification { get; set; }
    public BindingInstrument Instrument { get; set; }
    public int? IssueAreaId { get; set; }
    public IssueArea? IssueArea { get; set; }
    public int? CommitmentId { get; set; }
    public Commitment? Commitment { get; set; }
}
