namespace Parley.Analyses.Cascade;

/// <summary>The what-if "party P leaves framework F on date D": the commitments that lapse and the leverage lost.</summary>
public sealed record CascadeResult(string FrameworkKey, string Framework, string PartyKey, string Party, DateOnly Date,
    bool WithdrawalOnRecord, IReadOnlyList<LapsedCommitment> Lapsed, IReadOnlyList<SparedCommitment> Spared,
    IReadOnlyList<LeverageLoss> LeverageLost, IReadOnlyList<string> Notes)
{
    /// <summary>The framework's stage for the party just before the date, from the events on record up to it.</summary>
    public FrameworkStage Stage { get; init; }
    public string StageText { get; init; } = "";
    /// <summary>True when the framework was not signed or in force on the date, so leaving it annuls nothing.</summary>
    public bool NothingToAnnul { get; init; }
}
