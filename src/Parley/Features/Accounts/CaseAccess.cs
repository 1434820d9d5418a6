using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// Who may see case records (the names of detained people): editors and admins always (editors record the cases),
/// viewers only once an admin has granted them case access. The one rule every page, endpoint and analysis asks
/// (through <see cref="ReaderView"/>, which withholds case names from everyone else);
/// a token acts with its owner's access. The grant is a user claim, so it needs no schema change.
/// </summary>
public static class CaseAccess
{
    public const string ClaimType = "parley:cases";
    public const string ClaimValue = "read";

    public static bool Allowed(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin)
        || (user.IsInRole(Roles.Viewer) && user.HasClaim(ClaimType, ClaimValue));

    /// <summary>Whether the account itself was granted case access (what an admin turns on or off).</summary>
    public static async Task<bool> GrantedAsync(UserManager<ParleyUser> users, ParleyUser user) =>
        (await users.GetClaimsAsync(user)).Any(c => c.Type == ClaimType && c.Value == ClaimValue);

    /// <summary>
    /// Grants or withdraws case access, in the audit trail. The security stamp changes with it, so a browser signed in
    /// before the change is signed out at its next check (<see cref="AccountsSetup"/> validates the stamp every minute)
    /// rather than keep a withdrawn access; tokens follow at the next request (a change made by another process:
    /// within <see cref="BearerTokenHandler.CheckEvery"/>).
    /// False when nothing changed.
    /// </summary>
    public static async Task<bool> SetAsync(UserManager<ParleyUser> users, ParleyDb db, ParleyUser user, bool allowed, CancellationToken ct = default)
    {
        if (await GrantedAsync(users, user) == allowed) return false;
        var claim = new Claim(ClaimType, ClaimValue);
        IdentitySetup.Check(allowed ? await users.AddClaimAsync(user, claim) : await users.RemoveClaimAsync(user, claim), $"cannot change case access of '{user.UserName}'");
        IdentitySetup.Check(await users.UpdateSecurityStampAsync(user), $"cannot change case access of '{user.UserName}'");
        AuditNote.Add(db, AccountAudit.UserKind, user.UserName!, AuditAction.Update, new { CaseAccess = !allowed }, new { CaseAccess = allowed });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The URL segment of case pages and API routes, to leave case links out of other records' pages.</summary>
    public const string Slug = "cases";
}
