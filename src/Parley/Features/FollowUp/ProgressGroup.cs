namespace Parley.Features.FollowUp;

/// <summary>
/// One group of progress statistics (an issue area, an institution, …): its key and name, how many recommendations and
/// commitments it holds, their states now and on the day of comparison (the last round).
/// </summary>
public sealed record ProgressGroup(string Key, string Label, int Recommendations, int Commitments, ProgressCounts Now, ProgressCounts Then);
