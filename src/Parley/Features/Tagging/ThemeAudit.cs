using System.Text.Json;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Tagging;

/// <summary>
/// Audit entries for what tagging writes that is not a keyed record (a model, a decision on a suggestion, a run of
/// suggestions), in the same trail and shape as <see cref="AuditStamp"/>'s.
/// </summary>
internal static class ThemeAudit
{
    public static AuditEntry Entry(ParleyDb db, AuditAction action, string kind, string key, object? before, object? after) => new()
    {
        At = DateTimeOffset.UtcNow,
        Actor = db.Actor,
        Origin = db.Origin,
        Action = action,
        Kind = kind,
        RecordKey = key.Length > 120 ? key[..120] : key,
        Before = before is null ? null : JsonSerializer.Serialize(before),
        After = after is null ? null : JsonSerializer.Serialize(after),
    };
}
