namespace Parley.Analyses.Asks;

/// <summary>The date an ask should be done by, and how it was set ("by the next round, expected about 2027-01").</summary>
public sealed record AskDeadline(DateOnly Date, bool NextRound, string Basis);
