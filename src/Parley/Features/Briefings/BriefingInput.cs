using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>
/// Everything a briefing is computed from, loaded once; the builder reads nothing else.
/// <see cref="AcceptedRecommendations"/> are those addressed to the channel's parties and accepted by them.
/// </summary>
public sealed record BriefingInput(
    Channel Channel,
    IReadOnlyList<Round> Rounds,
    Round? Round,
    IReadOnlyList<IssueArea> IssueAreas,
    IReadOnlyList<Institution> Institutions,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<Case> Cases,
    IReadOnlyList<Provision> Provisions,
    IReadOnlyList<Programme> Programmes,
    IReadOnlyList<Framework> Frameworks,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<LexiconEntry> Lexicon,
    IReadOnlyList<RiskAssessment> RiskAssessments,
    IReadOnlyList<Recommendation> AcceptedRecommendations);
