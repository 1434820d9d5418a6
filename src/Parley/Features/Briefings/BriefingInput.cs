using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>
/// Everything a briefing is computed from, loaded once; the builder reads nothing else.
/// <see cref="AcceptedRecommendations"/> are those addressed to the channel's parties and accepted by them; <see cref="Asks"/>
/// are the asks for the round (none without a round).
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
    IReadOnlyList<Recommendation> AcceptedRecommendations,
    Parley.Analyses.Asks.AsksResult? Asks);
