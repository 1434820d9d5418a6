namespace Parley.Analyses.Cascade;

/// <summary>The what-if "party P leaves framework F on date D": the commitments that lapse and the leverage lost.</summary>
public sealed record CascadeResult(string FrameworkKey, string Framework, string PartyKey, string Party, DateOnly Date,
    bool WithdrawalOnRecord, IReadOnlyList<LapsedCommitment> Lapsed, IReadOnlyList<SparedCommitment> Spared,
    IReadOnlyList<LeverageLoss> LeverageLost, IReadOnlyList<string> Notes);
