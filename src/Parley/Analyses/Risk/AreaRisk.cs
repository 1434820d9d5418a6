using Parley.Domain;
namespace Parley.Analyses.Risk;

/// <summary>
/// One issue area's risk in the year asked: the computed score and level, the assessment that adjusted it, the
/// narrower areas that drive it, the programmes working in it, and how it moved.
/// </summary>
public sealed record AreaRisk(string IssueAreaKey, string IssueArea, RiskLevel? Level, string Basis, RiskTrend Trend,
    IReadOnlyList<RiskEvidence> Evidence, AssessmentUsed? Assessment, IReadOnlyList<YearLevel> History, int? TurnedDangerousIn)
{
    /// <summary>The sum of the area's own evidence, each weight decayed to the year.</summary>
    public double Score { get; init; }
    /// <summary>The level from the area's own evidence alone, before any assessment or narrower area.</summary>
    public RiskLevel? Computed { get; init; }
    /// <summary>Narrower areas whose level lifts this one ("high because of Labour rights").</summary>
    public IReadOnlyList<string> DrivenBy { get; init; } = [];
    public IReadOnlyList<string> Programmes { get; init; } = [];
}
