namespace Parley.Analyses.Cascade;

/// <summary>What a withdrawal costs on one issue area: the framework's leverage there, the commitments lost, and the levers left.</summary>
public sealed record LeverageLoss(string IssueAreaKey, string IssueArea, string? LeverageNote, int CommitmentsLapsed,
    IReadOnlyList<string> RemainingLevers);
