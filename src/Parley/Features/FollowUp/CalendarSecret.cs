using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// The secret in a person's calendar feed address. Only its SHA-256 is stored, so the address cannot be read back from
/// the store; a new secret replaces the old one (the old address stops working) and revoking removes it. Each change
/// is in the audit trail, without the secret.
/// </summary>
public static class CalendarSecret
{
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Makes a new secret for <paramref name="recipient"/> (replacing any earlier one) and returns it: the only time it is seen.</summary>
    public static async Task<string> CreateAsync(ParleyDb db, string recipient, CancellationToken ct)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        await SetAsync(db, recipient, Hash(secret), ct);
        return secret;
    }

    /// <summary>Revokes the feed: its address answers 404 from now on. False when there was none.</summary>
    public static async Task<bool> RevokeAsync(ParleyDb db, string recipient, CancellationToken ct)
    {
        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.Recipient == recipient, ct);
        if (settings?.CalendarSecretHash is null) return false;
        await SetAsync(db, recipient, null, ct);
        return true;
    }

    public static async Task<bool> HasFeedAsync(ParleyDb db, string recipient, CancellationToken ct) =>
        await db.NotificationSettings.AnyAsync(s => s.Recipient == recipient && s.CalendarSecretHash != null, ct);

    private static async Task SetAsync(ParleyDb db, string recipient, string? hash, CancellationToken ct)
    {
        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.Recipient == recipient, ct);
        var had = settings?.CalendarSecretHash is not null;
        settings ??= db.NotificationSettings.Add(new NotificationSettings { Recipient = recipient }).Entity;
        settings.CalendarSecretHash = hash;
        AuditNote.Add(db, nameof(NotificationSettings), recipient, AuditAction.Update,
            new { CalendarFeed = had }, new { CalendarFeed = hash is not null, NewAddress = hash is not null && had });
        await db.SaveChangesAsync(ct);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
