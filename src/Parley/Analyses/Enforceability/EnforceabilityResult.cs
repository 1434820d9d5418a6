namespace Parley.Analyses.Enforceability;

/// <summary>Every commitment scored, with roll-ups and the date the judgement was made on.</summary>
public sealed record EnforceabilityResult(DateOnly AsOf, IReadOnlyList<CommitmentScore> Commitments, IReadOnlyList<RollUp> RollUps);
