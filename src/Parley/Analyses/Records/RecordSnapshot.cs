using Parley.Domain;

namespace Parley.Analyses.Records;

/// <summary>
/// The records the briefing and the asks are computed from, read in one load in which every reference is one object
/// (a round's delegate, a commitment's owner and a power's holder are the same <see cref="Institution"/>). Loaded from
/// the store by <c>RecordSnapshotQuery</c>, or built by hand in a test with only the lists it needs (the rest empty).
/// </summary>
public sealed record RecordSnapshot
{
    public IReadOnlyList<Source> Sources { get; init; } = [];
    public IReadOnlyList<Party> Parties { get; init; } = [];
    public IReadOnlyList<IssueArea> IssueAreas { get; init; } = [];
    public IReadOnlyList<Institution> Institutions { get; init; } = [];
    public IReadOnlyList<Channel> Channels { get; init; } = [];
    public IReadOnlyList<Round> Rounds { get; init; } = [];
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];
    public IReadOnlyList<Case> Cases { get; init; } = [];
    public IReadOnlyList<LegalInstrument> Instruments { get; init; } = [];
    public IReadOnlyList<Provision> Provisions { get; init; } = [];
    public IReadOnlyList<Programme> Programmes { get; init; } = [];
    public IReadOnlyList<Framework> Frameworks { get; init; } = [];
    public IReadOnlyList<Statement> Statements { get; init; } = [];
    public IReadOnlyList<LexiconEntry> Lexicon { get; init; } = [];
    public IReadOnlyList<RiskAssessment> Assessments { get; init; } = [];
    /// <summary>Who follows up which recommendation or commitment, with the reports its implementation state is derived from.</summary>
    public IReadOnlyList<FollowUpAssignment> FollowUps { get; init; } = [];
}
