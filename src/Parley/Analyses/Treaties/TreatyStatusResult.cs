namespace Parley.Analyses.Treaties;

/// <summary>A party's standing with every treaty on record, on a date, with the recommendations that asked it to join each.</summary>
public sealed record TreatyStatusResult(string PartyKey, string Party, DateOnly AsOf, IReadOnlyList<TreatyStanding> Treaties);
