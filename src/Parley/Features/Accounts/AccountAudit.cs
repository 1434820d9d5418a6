using System.Text.Json;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// Audit entries for accounts and tokens: they are not keyed records, so the save hook does not stamp them,
/// but who was given which role, and which tokens exist, belongs in the trail all the same. No secret is written.
/// </summary>
public static class AccountAudit
{
    public const string UserKind = "User";
    public const string TokenKind = "AccessToken";

    public static void Add(ParleyDb db, string kind, string key, AuditAction action, object? before, object? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = DateTimeOffset.UtcNow,
            Actor = db.Actor,
            Origin = db.Origin,
            Action = action,
            Kind = kind,
            RecordKey = key,
            Before = before is null ? null : JsonSerializer.Serialize(before),
            After = after is null ? null : JsonSerializer.Serialize(after),
        });

    /// <summary>The person at the terminal, for changes made with the CLI.</summary>
    public static void ActFromCli(ParleyDb db)
    {
        db.Actor = $"cli:{Environment.UserName}";
        db.Origin = "cli";
    }
}
