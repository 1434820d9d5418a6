using Parley.Domain;

namespace Parley.Features.PartyUpr;

/// <summary>How many UPR recommendations of one cycle got one response.</summary>
public sealed record UprTally(int? Cycle, RecommendationResponse Response, int Count);
