using System.Text;
using Parley.Domain;

namespace Parley.Features.FollowUp;

/// <summary>
/// Who is told what, as a pure function of the assignments, today, the people's e-mail addresses and their settings:
/// a reminder per person for each item due soon, overdue or unreported (once per item, status and day due), and a
/// weekly digest per person of everything they follow that is due, when their last one is a week old or more.
/// A person who turned reminders, the digest, e-mail or in-app notifications off is not told that way.
/// </summary>
public static class ReminderPlan
{
    public const int DigestDays = 7;

    public static IReadOnlyList<PlannedNotification> Plan(IReadOnlyList<FollowUpAssignment> assignments, DateOnly today, int within,
        IReadOnlyDictionary<string, string> userEmails, IReadOnlyDictionary<string, NotificationSettings> settings)
    {
        var planned = new List<PlannedNotification>();
        var recipients = assignments.SelectMany(a => a.People)
            .Select(p => (Recipient: p.UserName ?? p.Email!, Email: p.Email ?? (p.UserName is { } u ? userEmails.GetValueOrDefault(u) : null)))
            .Where(r => r.Recipient is not null)
            .GroupBy(r => r.Recipient, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Recipient: g.Key, Email: g.Select(r => r.Email).FirstOrDefault(e => e is not null)))
            .OrderBy(r => r.Recipient, StringComparer.Ordinal);
        foreach (var (recipient, email) in recipients)
        {
            var wants = settings.GetValueOrDefault(recipient.ToLowerInvariant()) ?? new NotificationSettings { Recipient = recipient };
            var byEmail = wants.ByEmail && email is not null;
            if (!byEmail && !wants.InApp) continue;
            var theirs = DueList.Of(assignments, recipient.Contains('@') ? null : recipient, email);
            var due = DueList.Find(theirs, today, within);
            if (wants.Reminders)
                foreach (var item in due)
                    planned.Add(new PlannedNotification(recipient, email, $"{item.Assignment}/{item.Item}/{item.Number}/{Status(item.Status)}/{item.DueOn:yyyy-MM-dd}",
                        $"Parley: {item.Item} {item.Number} of {item.Assignment} {FollowUpCommand.Describe(item)}",
                        $"{item.AssignmentTitle}\n\n{item.Item} {item.Number}: {item.What}\nDue on {item.DueOn:yyyy-MM-dd}: {FollowUpCommand.Describe(item)}.\n" +
                        (item.Institutions.Count > 0 ? $"Institutions: {string.Join(", ", item.Institutions)}\n" : ""),
                        byEmail, wants.InApp));
            if (wants.WeeklyDigest && due.Count > 0 && (wants.LastDigestOn is not { } last || today.DayNumber - last.DayNumber >= DigestDays))
            {
                var body = new StringBuilder($"What you follow that is due by {today.AddDays(within):yyyy-MM-dd} (today is {today:yyyy-MM-dd}):\n\n");
                foreach (var item in due) body.AppendLine($"- {item.DueOn:yyyy-MM-dd} {FollowUpCommand.Describe(item)}: {item.AssignmentTitle}, {item.Item} {item.Number}: {item.What}");
                planned.Add(new PlannedNotification(recipient, email, $"digest/{today:yyyy-MM-dd}", $"Parley: weekly follow-up digest, {due.Count} item(s) due", body.ToString(), byEmail, wants.InApp));
            }
        }
        return planned;
    }

    private static string Status(DueStatus status) => status switch
    {
        DueStatus.Overdue => "overdue",
        DueStatus.NotReported => "not-reported",
        _ => "due-soon",
    };
}
