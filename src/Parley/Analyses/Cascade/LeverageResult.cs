namespace Parley.Analyses.Cascade;

/// <summary>The frameworks that give leverage on an issue area, active ones first.</summary>
public sealed record LeverageResult(string IssueAreaKey, string IssueArea, IReadOnlyList<FrameworkLever> Levers);
