using Parley.Domain;

namespace Parley.Analyses.Risk;

/// <summary>One issue area's risk in the year asked, how it was reached and how it moved.</summary>
public sealed record AreaRisk(string IssueAreaKey, string IssueArea, RiskLevel? Level, string Basis, RiskTrend Trend,
    IReadOnlyList<RiskEvidence> Evidence, AssessmentUsed? Assessment, IReadOnlyList<YearLevel> History, int? TurnedDangerousIn);
