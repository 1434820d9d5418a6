using Parley.Domain;

namespace Parley.Analyses.Treaties;

/// <summary>
/// A party's standing with one treaty on a date, read from its recorded status (a signature or a ratification dated
/// after the date does not count yet), with the recommendations that asked it to join.
/// </summary>
public sealed record TreatyStanding(string TreatyKey, string Treaty, IReadOnlyList<string> Aliases, TreatyParticipation Participation,
    PartialDate? Signed, PartialDate? Bound, PartialDate? InForce, string? Reservations, string? StatusKey, IReadOnlyList<RatificationAsk> Asks)
{
    /// <summary>How many of the recommendations asking to join have been acted on (the party is bound).</summary>
    public int ActedOn => Asks.Count(a => a.ActedOn);
}
