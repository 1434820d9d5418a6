using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>
/// One proposed ask for a round: the action, the institution that can do it (and others whose power it also needs),
/// the deadline, the indicator and how it is verified, the binding instrument proposed, the supporting lever, the
/// risk of its issue area, the evidence with citations, and the score with its parts. Key is stable across runs
/// ("clarify:vn-cc-art-331"), so an editor's decision on it can be kept.
/// </summary>
public sealed record Ask(
    string Key,
    AskKind Kind,
    string Action,
    string Subject,
    string IssueAreaKey,
    string IssueArea,
    AskInstitution Institution,
    IReadOnlyList<AskInstitution> AlsoNeeded,
    AskDeadline Deadline,
    string Indicator,
    string Verification,
    BindingInstrument Instrument,
    string InstrumentWhy,
    AskLever? Lever,
    RiskLevel? Risk,
    string RiskBasis,
    IReadOnlyList<AskEvidence> Evidence,
    AskScore Score)
{
    public int Rank { get; init; }
    /// <summary>Terms (vague wording) or counts the wording of the action uses, kept for other languages.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];
    public int Count { get; init; }
    /// <summary>True when the ask or its evidence names a detained or charged person: restricted.</summary>
    public bool NamesCases => Evidence.Any(e => e.NamesPerson);
}
