using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>
/// Optimistic concurrency for every editor (API and pages): each record carries a version, bumped on every save.
/// An edit states the version it was opened at; when the record has moved on since, the save is refused with
/// who changed it and when, taken from the audit trail, so nothing is silently overwritten.
/// </summary>
public static class ConcurrencyCheck
{
    /// <summary>The version of a record loaded by <paramref name="db"/> (put it in a hidden field of an edit form).</summary>
    public static int VersionOf(ParleyDb db, IKeyed record) => (int)db.Entry(record).Property(AuditStamp.VersionProperty).OriginalValue!;

    /// <summary>
    /// Null when <paramref name="record"/> (tracked by <paramref name="db"/>) is still at <paramref name="openedVersion"/>;
    /// otherwise the message "changed by X at T since you opened it". When it is null, the save is armed to fail
    /// (DbUpdateConcurrencyException) should someone else save in between; call <see cref="DescribeChangeAsync"/> then.
    /// </summary>
    public static async Task<string?> ConflictAsync(ParleyDb db, IKeyed record, int openedVersion, CancellationToken ct = default)
    {
        var version = db.Entry(record).Property(AuditStamp.VersionProperty);
        if ((int)version.OriginalValue! == openedVersion) return null;
        return await DescribeChangeAsync(db, record.GetType().Name, record.Key, ct);
    }

    /// <summary>"changed by alice at 2026-11-23 10:40 UTC since you opened it", from the record's last audit entry.</summary>
    public static async Task<string> DescribeChangeAsync(ParleyDb db, string entityName, string key, CancellationToken ct = default)
    {
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Kind == entityName && a.RecordKey == key && a.Action != AuditAction.Read)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(ct);
        return last is null
            ? "changed since you opened it"
            : $"changed by {last.Actor} at {last.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC since you opened it";
    }

    /// <summary>The ETag of a version: "3" in quotes.</summary>
    public static string ETag(int version) => $"\"{version}\"";

    /// <summary>The version an If-Match header names ("3", W/"3" or 3); null when it names none.</summary>
    public static int? ParseETag(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        var text = header.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal)) text = text[2..];
        return int.TryParse(text.Trim('"'), out var version) ? version : null;
    }
}
