namespace Parley.Analyses.Asks;

/// <summary>
/// An ask's score, 0–100, and its four parts, each 0–1 (<see cref="AskWeights"/>): the weight of the evidence, the
/// leverage in force or pending, how low the area's risk is, and how feasible the ask is given who is at the table.
/// </summary>
public sealed record AskScore(double Total, double Evidence, double Leverage, double LowRisk, double Feasibility)
{
    /// <summary>The parts in words ("evidence 0.80 × 35 + leverage 1.00 × 25 + …").</summary>
    public string Explain(AskWeights w) =>
        $"evidence {Evidence:0.00} × {w.EvidenceShare * 100:0} + leverage {Leverage:0.00} × {w.LeverageShare * 100:0}"
        + $" + low risk {LowRisk:0.00} × {w.LowRiskShare * 100:0} + feasibility {Feasibility:0.00} × {w.FeasibilityShare * 100:0} = {Total:0.0}";
}
