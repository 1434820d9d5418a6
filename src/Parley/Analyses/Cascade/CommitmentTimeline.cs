using Parley.Domain;

namespace Parley.Analyses.Cascade;

/// <summary>Reads a commitment's status history: undated entries come first (their order kept), dated ones by date.</summary>
public static class CommitmentTimeline
{
    public static IReadOnlyList<CommitmentStatusChange> Ordered(Commitment commitment) => CommitmentCurrentStatus.Ordered(commitment);

    /// <summary>The latest recorded status, or null when the history is empty (<see cref="CommitmentCurrentStatus"/>: one rule everywhere).</summary>
    public static CommitmentStatus? Current(Commitment commitment) => CommitmentCurrentStatus.Of(commitment);

    /// <summary>The status in force just before <paramref name="date"/>; null when nothing was recorded before it.</summary>
    public static CommitmentStatus? Before(Commitment commitment, DateOnly date) =>
        Ordered(commitment).LastOrDefault(c => c.Date is null || c.Date.Value.Earliest < date)?.Status;

    /// <summary>Whether the commitment had been made before the date (an empty history counts as made).</summary>
    public static bool ExistedBefore(Commitment commitment, DateOnly date) =>
        commitment.History.Count == 0 || commitment.History.Any(c => c.Date is null || c.Date.Value.Earliest < date);

    /// <summary>Statuses after which nothing more can lapse: the promise was kept, dropped or already lost.</summary>
    public static bool IsSettled(CommitmentStatus? status) => CommitmentCurrentStatus.IsSettled(status);
}
