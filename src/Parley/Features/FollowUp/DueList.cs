using Parley.Domain;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// What is due, as a pure function of the assignments and today (a calendar day in the store's time zone, see
/// <see cref="StoreClock"/>):
/// an action is due soon when its target date is today or within <c>within</c> days, overdue from the day after its
/// target date, until a report on it says "implemented"; an indicator is due one period (its frequency) after its last
/// report (or after the day the follow-up was assigned), and unreported from the day after that.
/// </summary>
public static class DueList
{
    public const string ActionItem = "action";
    public const string IndicatorItem = "indicator";

    public static IReadOnlyList<DueItem> Find(IEnumerable<FollowUpAssignment> assignments, DateOnly today, int within)
    {
        if (within < 0) throw new UserError($"within: {within} days is not a number of days ahead (0 or more)");
        var horizon = today.AddDays(within);
        var items = new List<DueItem>();
        foreach (var assignment in assignments)
        {
            var institutions = Institutions(assignment).Select(i => i.Name).ToList();
            var people = assignment.People.Select(p => p.Name).ToList();
            foreach (var action in assignment.Actions)
            {
                if (action.TargetDate is not { } target || target > horizon) continue;
                if (assignment.Reports.Any(r => r.ActionNumber == action.Number && r.State == ImplementationState.Implemented)) continue;
                items.Add(new DueItem(assignment.Key, assignment.Title, ActionItem, action.Number, action.What, target,
                    target.DayNumber - today.DayNumber, target < today ? DueStatus.Overdue : DueStatus.DueSoon, institutions, people) { Illustration = assignment.Illustration });
            }
            foreach (var indicator in assignment.Indicators)
            {
                var due = NextReport(assignment, indicator);
                if (due > horizon) continue;
                items.Add(new DueItem(assignment.Key, assignment.Title, IndicatorItem, indicator.Number, indicator.Measure, due,
                    due.DayNumber - today.DayNumber, due < today ? DueStatus.NotReported : DueStatus.DueSoon, institutions, people) { Illustration = assignment.Illustration });
            }
        }
        return [.. items.OrderBy(i => i.DueOn).ThenBy(i => i.Assignment, StringComparer.Ordinal).ThenBy(i => i.Item, StringComparer.Ordinal).ThenBy(i => i.Number)];
    }

    /// <summary>When an indicator's next report is due: one period after its last report, or after the day the follow-up was assigned.</summary>
    public static DateOnly NextReport(FollowUpAssignment assignment, FollowUpIndicator indicator) =>
        (assignment.Reports.Where(r => r.IndicatorNumber == indicator.Number).Select(r => (DateOnly?)r.Date).Max() ?? assignment.AssignedOn)
            .AddMonths(FollowUpNames.Months(indicator.Frequency));

    /// <summary>The lead institution first, then the supporting ones.</summary>
    public static IEnumerable<Institution> Institutions(FollowUpAssignment assignment) =>
        assignment.LeadInstitution is { } lead ? [lead, .. assignment.SupportingInstitutions] : assignment.SupportingInstitutions;

    /// <summary>
    /// The assignments a person follows: those naming them (by user name or e-mail address, in any case), and those led
    /// or supported by an institution they are a contact for on any assignment.
    /// </summary>
    public static IReadOnlyList<FollowUpAssignment> Of(IReadOnlyList<FollowUpAssignment> assignments, string? userName, string? email)
    {
        bool IsMe(FollowUpPerson p) =>
            (userName is not null && string.Equals(p.UserName, userName, StringComparison.OrdinalIgnoreCase))
            || (email is not null && string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase));
        var mine = assignments.SelectMany(a => a.People).Where(IsMe).Select(p => p.InstitutionId).OfType<int>().ToHashSet();
        return [.. assignments.Where(a => a.People.Any(IsMe) || Institutions(a).Any(i => mine.Contains(i.Id)))];
    }

    /// <summary>The assignments an institution leads or supports.</summary>
    public static IReadOnlyList<FollowUpAssignment> OfInstitution(IReadOnlyList<FollowUpAssignment> assignments, string institutionKey) =>
        [.. assignments.Where(a => Institutions(a).Any(i => i.Key == institutionKey))];
}
