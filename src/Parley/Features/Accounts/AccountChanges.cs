using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// Counts the saves of this process that changed an account, a role, a claim (case access), a token or a session. What is kept
/// about a bearer token is dropped as soon as this changes, so a change made through this server (the accounts page,
/// or the CLI run inside it) counts from the very next request; changes from other processes are read again after
/// <see cref="BearerTokenHandler.CheckEvery"/>.
/// </summary>
public static class AccountChanges
{
    private static long _version;

    public static long Version => Interlocked.Read(ref _version);

    /// <summary>Whether the changes about to be saved touch accounts or tokens (asked before the save).</summary>
    public static bool Pending(ParleyDb db) =>
        db.ChangeTracker.Entries().Any(e => e.State is not (EntityState.Unchanged or EntityState.Detached)
            && e.Entity is ParleyUser or AccessToken or UserSession or IdentityUserClaim<string> or IdentityUserRole<string> or IdentityRole or IdentityRoleClaim<string>);

    /// <summary>Called after such a save: from now on every token is read again from the store.</summary>
    public static void Saved() => Interlocked.Increment(ref _version);
}
