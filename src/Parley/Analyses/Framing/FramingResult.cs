namespace Parley.Analyses.Framing;

/// <summary>A draft statement checked: every finding, and the verdicts the seeds care about (reassurance present, confrontation absent).</summary>
public sealed record FramingResult(int Characters, IReadOnlyList<FramingFinding> Findings, bool ReassurancePresent,
    int Confrontational, int SharedGoals, int PrivateRaising, IReadOnlyList<string> Advice);
