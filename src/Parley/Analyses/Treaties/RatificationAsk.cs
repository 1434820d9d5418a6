using Parley.Domain;

namespace Parley.Analyses.Treaties;

/// <summary>
/// A recommendation asking a party to sign, ratify or join a treaty; <see cref="ActedOn"/> when the party is bound by the
/// treaty on the date asked.
/// </summary>
public sealed record RatificationAsk(string RecommendationKey, string Text, string? From, PartialDate? Made, RecommendationResponse Response, bool ActedOn);
