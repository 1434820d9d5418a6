namespace Parley.Features.FollowUp;

/// <summary>
/// Progress statistics: accepted recommendations and commitments by implementation state, grouped by one dimension,
/// now and on the comparison day (by default the day of the last round held), overall and per group.
/// </summary>
public sealed record ProgressSummary(string By, DateOnly Today, DateOnly? Since, string? SinceRound, ProgressCounts Overall, ProgressCounts OverallThen,
    int Recommendations, int Commitments, IReadOnlyList<ProgressGroup> Groups);
