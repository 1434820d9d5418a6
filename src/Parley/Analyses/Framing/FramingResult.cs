namespace Parley.Analyses.Framing;

/// <summary>
/// A draft statement checked: a one-line verdict ("ready", "reword 2 terms; add reassurance"), every finding, and the
/// counts behind the verdict.
/// </summary>
public sealed record FramingResult(int Characters, IReadOnlyList<FramingFinding> Findings, bool ReassurancePresent,
    int Confrontational, int SharedGoals, int PrivateRaising, IReadOnlyList<string> Advice)
{
    public string Verdict { get; init; } = "";
    /// <summary>"en" or "vi": the language the rewordings are given in.</summary>
    public string Language { get; init; } = "en";
    /// <summary>Recorded cases named in a public statement.</summary>
    public int PublicCases { get; init; }
}
