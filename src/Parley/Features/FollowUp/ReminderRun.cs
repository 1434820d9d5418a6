using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// One reminder run, for the scheduled job and `parley follow-up remind` alike: plans who is told what
/// (<see cref="ReminderPlan"/>), leaves out what was already made, and stores the new notifications with an audit entry,
/// in one transaction. With dry run it only returns what it would make.
/// </summary>
public static class ReminderRun
{
    public const int DefaultWithin = 14;

    public static async Task<IReadOnlyList<PlannedNotification>> RunAsync(ParleyDb db, DateOnly today, int within, bool dryRun, CancellationToken ct)
    {
        var assignments = await FollowUpQuery.AllAsync(db, ct);
        var userNames = assignments.SelectMany(a => a.People).Select(p => p.UserName).OfType<string>().Distinct().ToList();
        var emails = await db.Users.Where(u => userNames.Contains(u.UserName!) && u.Email != null)
            .ToDictionaryAsync(u => u.UserName!, u => u.Email!, StringComparer.OrdinalIgnoreCase, ct);
        var settings = (await db.NotificationSettings.ToListAsync(ct)).ToDictionary(s => s.Recipient.ToLowerInvariant());
        var planned = ReminderPlan.Plan(assignments, today, within, emails, settings);
        var made = (await db.Notifications.Select(n => new { n.Recipient, n.Topic }).ToListAsync(ct))
            .Select(n => (n.Recipient.ToLowerInvariant(), n.Topic)).ToHashSet();
        var fresh = planned.Where(p => !made.Contains((p.Recipient.ToLowerInvariant(), p.Topic))).ToList();
        if (dryRun || fresh.Count == 0) return fresh;

        var now = DateTimeOffset.UtcNow;
        foreach (var p in fresh)
        {
            db.Notifications.Add(new Notification
            {
                Recipient = p.Recipient, Email = p.ByEmail ? p.Email : null, Topic = p.Topic, Subject = p.Subject, Body = p.Body, CreatedAt = now,
                Mail = p.ByEmail ? NotificationMail.Pending : NotificationMail.None,
                // Someone who turned in-app notifications off gets them by e-mail only: they are not left unread here.
                ReadAt = p.InApp ? null : now,
            });
            if (p.Topic.StartsWith("digest/", StringComparison.Ordinal))
            {
                var wants = await db.NotificationSettings.SingleOrDefaultAsync(s => s.Recipient == p.Recipient, ct)
                    ?? db.NotificationSettings.Add(new NotificationSettings { Recipient = p.Recipient }).Entity;
                wants.LastDigestOn = today;
            }
        }
        AuditNote.Add(db, nameof(Notification), $"reminders/{today:yyyy-MM-dd}", AuditAction.Create,
            null, fresh.Select(p => new { p.Recipient, p.Topic, p.ByEmail }).ToList(), now);
        await db.SaveChangesAsync(ct);
        return fresh;
    }
}
