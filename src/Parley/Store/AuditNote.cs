using System.Text.Json;
using Parley.Domain;

namespace Parley.Store;

/// <summary>
/// Audit entries for what the save hook does not stamp: things that are not keyed records (accounts, tokens,
/// settings, saved views, narratives), reads of confidential records, and bulk loads summarised in one entry.
/// The one place such an entry is built, so actor, origin, time and the key's width are handled alike.
/// </summary>
public static class AuditNote
{
    /// <summary>Adds an entry to the pending changes; it is written with the caller's next save.</summary>
    /// <param name="db">The store whose actor and origin the entry records.</param>
    /// <param name="kind">What was touched, e.g. "User" or "SavedView".</param>
    /// <param name="key">Which one; cut to the column's width (the full name belongs in the values).</param>
    /// <param name="action">What was done.</param>
    /// <param name="before">The values before, serialised as JSON; null for a creation or a read.</param>
    /// <param name="after">The values after, serialised as JSON; null for a deletion or a read.</param>
    /// <param name="at">When; now unless the caller stamps several entries with one time.</param>
    public static void Add(ParleyDb db, string kind, string key, AuditAction action, object? before, object? after, DateTimeOffset? at = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at ?? DateTimeOffset.UtcNow,
            Actor = db.Actor,
            Origin = db.Origin,
            Action = action,
            Kind = kind,
            RecordKey = key.Length <= Configurations.ModelBuilderExtensions.KeyLength ? key : key[..Configurations.ModelBuilderExtensions.KeyLength],
            Before = before is null ? null : JsonSerializer.Serialize(before),
            After = after is null ? null : JsonSerializer.Serialize(after),
        });
}
