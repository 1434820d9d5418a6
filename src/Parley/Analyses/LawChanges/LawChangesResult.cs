namespace Parley.Analyses.LawChanges;

/// <summary>
/// What changed in the law after <paramref name="Since"/> up to and including <paramref name="Until"/>, oldest first;
/// <paramref name="SinceRound"/> names the round the period starts from when it was asked as "since the last round".
/// </summary>
public sealed record LawChangesResult(DateOnly Since, DateOnly Until, string? Party, string? SinceRound, IReadOnlyList<LawChange> Changes);
