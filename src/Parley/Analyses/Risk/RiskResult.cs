namespace Parley.Analyses.Risk;

/// <summary>
/// Risk per issue area in a year, the low-risk entry points for technical assistance (low risk and a programme working
/// there), and the areas whose own evidence turned them dangerous. WindowYears is the evidence's half-life.
/// </summary>
public sealed record RiskResult(int Year, int WindowYears, IReadOnlyList<AreaRisk> Areas,
    IReadOnlyList<AreaRisk> EntryPoints, IReadOnlyList<AreaRisk> TurnedDangerous)
{
    public RiskWeights Weights { get; init; } = RiskWeights.Default;
    /// <summary>Low-risk areas where no programme works yet: candidates for one, not yet entry points.</summary>
    public IReadOnlyList<AreaRisk> LowRiskWithoutProgramme { get; init; } = [];
}
