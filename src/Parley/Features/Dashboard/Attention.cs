using Parley.Domain;

namespace Parley.Features.Dashboard;

/// <summary>What needs attention on a given day, computed from records alone (the day is passed in, never read from a clock).</summary>
public static class Attention
{
    public const int DueWithinDays = 90;

    /// <summary>
    /// Open commitments whose deadline (its last possible day: "2025" runs to 31 December) has passed or falls
    /// within <see cref="DueWithinDays"/> days, most overdue first.
    /// </summary>
    public static IReadOnlyList<DueCommitment> DueCommitments(IEnumerable<Commitment> commitments, DateOnly today) =>
        commitments
            .Where(c => c.Deadline is not null)
            .Select(c => new DueCommitment(c, c.Deadline!.Value.Latest, CommitmentCurrentStatus.Of(c), c.Deadline.Value.Latest.DayNumber - today.DayNumber))
            .Where(d => d.DaysLeft <= DueWithinDays && !CommitmentCurrentStatus.IsSettled(d.Status))
            .OrderBy(d => d.DaysLeft).ThenBy(d => d.Commitment.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>A channel's last round held and its next round planned (undated planned rounds come after dated ones).</summary>
    public static (Round? Last, Round? Next) LastAndNext(IEnumerable<Round> rounds)
    {
        var list = rounds.ToList();
        var last = list.Where(r => r.Status == RoundStatus.Held)
            .OrderBy(r => r.Date?.Latest ?? DateOnly.MinValue).ThenBy(r => r.Number ?? 0).LastOrDefault();
        var next = list.Where(r => r.Status == RoundStatus.Planned)
            .OrderBy(r => r.Date?.Earliest ?? DateOnly.MaxValue).ThenBy(r => r.Number ?? int.MaxValue).FirstOrDefault();
        return (last, next);
    }
}
