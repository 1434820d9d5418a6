using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>A person's choices of what they are told, changed in the audit trail (settings are not records, so the entry is made here).</summary>
public static class NotificationPreferences
{
    public static async Task<NotificationSettings> SetAsync(ParleyDb db, string recipient, bool? reminders, bool? digest, bool? email, bool? inApp, CancellationToken ct)
    {
        var name = recipient.Trim();
        if (name.Length is 0 or > 320) throw new UserError("person: give a Parley user name or an e-mail address");
        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.Recipient == name, ct);
        var before = settings is null ? null : Snapshot(settings);
        settings ??= db.NotificationSettings.Add(new NotificationSettings { Recipient = name }).Entity;
        if (reminders is { } r) settings.Reminders = r;
        if (digest is { } d) settings.WeeklyDigest = d;
        if (email is { } e) settings.ByEmail = e;
        if (inApp is { } i) settings.InApp = i;
        AuditNote.Add(db, nameof(NotificationSettings), name, before is null ? AuditAction.Create : AuditAction.Update,
            before, Snapshot(settings));
        await db.SaveChangesAsync(ct);
        return settings;
    }

    private static object Snapshot(NotificationSettings s) => new { s.Reminders, s.WeeklyDigest, s.ByEmail, s.InApp };
}
