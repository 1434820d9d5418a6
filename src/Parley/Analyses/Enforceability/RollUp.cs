namespace Parley.Analyses.Enforceability;

/// <summary>Commitments grouped by one dimension (channel, party, issue area, year): how many, how concrete, how many in trouble.</summary>
public sealed record RollUp(string Dimension, string Key, string Name, int Commitments, double AverageScore,
    int Overdue, int Stalled, int Lapsed);
