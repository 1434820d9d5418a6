using Parley.Domain;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// The one rule that derives how far a recommendation or commitment is implemented from its follow-up (explained for
/// readers in docs/follow-up.md), applied to every assignment that covers it together:
/// <list type="number">
/// <item>An action whose target date has passed (it is before today) and on which no report was ever made: "no information".
/// Silence after a deadline says nothing good, whatever older reports said.</item>
/// <item>Otherwise the latest reviewed report wins: the one with the latest date; on the same date, the one recorded last.</item>
/// <item>No reviewed report at all: "no information". A report no one has reviewed is a claim, not yet the record.</item>
/// </list>
/// Days are calendar days in the store's time zone (<see cref="StoreClock"/>); a pure function, given today.
/// </summary>
public static class ImplementationRule
{
    public static ImplementationState Derive(FollowUpAssignment assignment, DateOnly today) => Derive([assignment], today);

    /// <summary>The state of the assignments that cover one recommendation or commitment, taken together.</summary>
    public static ImplementationState Derive(IReadOnlyList<FollowUpAssignment> assignments, DateOnly today)
    {
        if (assignments.Any(a => HasSilentOverdueAction(a, today))) return ImplementationState.NoInformation;
        var last = assignments
            .SelectMany((a, order) => a.Reports.Where(r => r.Reviewed && r.State != ImplementationState.NoInformation).Select(r => (Report: r, Order: order)))
            .OrderBy(x => x.Report.Date).ThenBy(x => x.Order).ThenBy(x => x.Report.Number)
            .LastOrDefault();
        return last.Report?.State ?? ImplementationState.NoInformation;
    }

    /// <summary>An action past its target date with no report of any kind on it.</summary>
    public static bool HasSilentOverdueAction(FollowUpAssignment assignment, DateOnly today)
    {
        var reported = assignment.Reports.Where(r => r.ActionNumber is not null).Select(r => r.ActionNumber!.Value).ToHashSet();
        return assignment.Actions.Any(a => a.TargetDate is { } target && target < today && !reported.Contains(a.Number));
    }
}
