using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// The names accounts and tokens go by in the audit trail (written through <see cref="AuditNote.Add"/>: they are
/// not keyed records, so the save hook does not stamp them), and the actor for changes made with the CLI. No secret is written.
/// </summary>
public static class AccountAudit
{
    public const string UserKind = "User";
    public const string TokenKind = "AccessToken";

    /// <summary>The person at the terminal, for changes made with the CLI.</summary>
    public static void ActFromCli(ParleyDb db)
    {
        db.Actor = $"cli:{Environment.UserName}";
        db.Origin = "cli";
    }
}
