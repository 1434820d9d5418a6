namespace Parley.Analyses.Enforceability;

/// <summary>A warning on a commitment (overdue, stalled, lapsed) with the evidence for it.</summary>
public sealed record CommitmentFlag(FlagKind Kind, string Reason);
