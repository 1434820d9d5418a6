using Parley.Analyses.Asks;
using Parley.Analyses.Records;
using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>
/// Everything a briefing is computed from, loaded once; the builder reads nothing else. <see cref="Rounds"/> are the
/// channel's; <see cref="Asks"/> are the asks for the round (none without a round).
/// </summary>
public sealed record BriefingInput(Channel Channel, IReadOnlyList<Round> Rounds, Round? Round, RecordSnapshot Records, AsksResult? Asks)
{
    /// <summary>Recommendations addressed to the channel's parties and accepted by them (imported UPR records among them).</summary>
    public IReadOnlyList<Recommendation> AcceptedRecommendations { get; } = Records.Recommendations
        .Where(r => r.Response == RecommendationResponse.Accepted && r.ToPartyId is { } to && Channel.Parties.Any(p => p.Id == to)).ToList();
}
