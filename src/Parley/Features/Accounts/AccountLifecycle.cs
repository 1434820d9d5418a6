using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// Everything an admin does to accounts, the same for the /accounts page and `parley users`/`parley tokens`: add,
/// change role, disable and enable, delete, reset a password, end sessions and revoke tokens. Each change is one
/// transaction with its audit entry (under the acting admin's name, set on the store beforehand); no secret is written
/// to the trail. Changes that take access away end the account's sessions at once and count for its tokens from the
/// next request (<see cref="AccountChanges"/>).
/// </summary>
public sealed class AccountLifecycle(UserManager<ParleyUser> users, ParleyDb db)
{
    public const string SessionKind = "Session";

    /// <summary>
    /// Creates an account. Without <paramref name="password"/> one is generated and returned: a one-time password the
    /// person must replace at first sign-in.
    /// </summary>
    public async Task<string?> AddAsync(string name, string role, string? password, CancellationToken ct)
    {
        name = name.Trim();
        if (name.Length == 0) throw new UserError("the user name is empty");
        CheckRole(role);
        if (await users.FindByNameAsync(name) is not null) throw new UserError($"a user named '{name}' already exists");
        var oneTime = password is null ? FirstRunAdmin.NewPassword() : null;
        await InTransactionAsync(async () =>
        {
            var user = new ParleyUser { UserName = name, CreatedAt = DateTimeOffset.UtcNow };
            IdentitySetup.Check(await users.CreateAsync(user, password ?? oneTime!), $"cannot create '{name}'");
            IdentitySetup.Check(await users.AddToRoleAsync(user, role), $"cannot give '{name}' the role {role}");
            if (oneTime is not null) IdentitySetup.Check(await users.AddClaimAsync(user, MustChange()), $"cannot mark the password of '{name}' as one-time");
            AuditNote.Add(db, AccountAudit.UserKind, name, AuditAction.Create, null, new { Role = role, OneTimePassword = oneTime is not null });
        }, ct);
        return oneTime;
    }

    /// <summary>Gives the account this role instead of its current one. False when it had it already.</summary>
    public async Task<bool> SetRoleAsync(string name, string role, string? actingAdmin, CancellationToken ct)
    {
        CheckRole(role);
        var user = await FindAsync(name);
        var current = (await users.GetRolesAsync(user)).ToList();
        if (current.Count == 1 && current[0] == role) return false;
        if (role != Roles.Admin && current.Contains(Roles.Admin)) await KeepAnAdminAsync(user, actingAdmin, "take the admin role from");
        await InTransactionAsync(async () =>
        {
            if (current.Count > 0) IdentitySetup.Check(await users.RemoveFromRolesAsync(user, current), $"cannot change the role of '{name}'");
            IdentitySetup.Check(await users.AddToRoleAsync(user, role), $"cannot change the role of '{name}'");
            // Browsers signed in with the old role are signed out at their next check (every minute).
            IdentitySetup.Check(await users.UpdateSecurityStampAsync(user), $"cannot change the role of '{name}'");
            AuditNote.Add(db, AccountAudit.UserKind, user.UserName!, AuditAction.Update, new { Role = string.Join(",", current) }, new { Role = role });
        }, ct);
        return true;
    }

    /// <summary>Disables (no sign-in, sessions ended, tokens refused) or enables an account. False when it already was.</summary>
    public async Task<bool> SetDisabledAsync(string name, bool disabled, string? actingAdmin, CancellationToken ct)
    {
        var user = await FindAsync(name);
        if ((user.DisabledAt is not null) == disabled) return false;
        if (disabled) await KeepAnAdminAsync(user, actingAdmin, "disable");
        await InTransactionAsync(async () =>
        {
            user.DisabledAt = disabled ? DateTimeOffset.UtcNow : null;
            IdentitySetup.Check(await users.UpdateAsync(user), $"cannot change '{name}'");
            if (disabled)
            {
                IdentitySetup.Check(await users.UpdateSecurityStampAsync(user), $"cannot disable '{name}'");
                await BrowserSessions.EndAsync(db, db.UserSessions.Where(s => s.UserId == user.Id), ct);
            }
            AuditNote.Add(db, AccountAudit.UserKind, user.UserName!, AuditAction.Update, new { Disabled = !disabled }, new { Disabled = disabled });
        }, ct);
        return true;
    }

    /// <summary>Deletes an account with its sessions, tokens, role and case access; the audit trail keeps what it did.</summary>
    public async Task DeleteAsync(string name, string? actingAdmin, CancellationToken ct)
    {
        var user = await FindAsync(name);
        await KeepAnAdminAsync(user, actingAdmin, "delete");
        var roles = string.Join(",", await users.GetRolesAsync(user));
        var caseAccess = await CaseAccess.GrantedAsync(users, user);
        var tokens = await db.AccessTokens.CountAsync(t => t.UserId == user.Id && t.RevokedAt == null, ct);
        await InTransactionAsync(async () =>
        {
            IdentitySetup.Check(await users.DeleteAsync(user), $"cannot delete '{name}'");
            AuditNote.Add(db, AccountAudit.UserKind, user.UserName!, AuditAction.Delete,
                new { Role = roles, CaseAccess = caseAccess, ActiveTokens = tokens, Disabled = user.DisabledAt is not null }, null);
        }, ct);
    }

    /// <summary>
    /// Replaces the account's password with a generated one-time password (returned, shown once), which must be changed
    /// at the next sign-in; ends its sessions and lifts a lock-out. Its tokens are refused until the password is changed.
    /// </summary>
    public async Task<string> ResetPasswordAsync(string name, CancellationToken ct)
    {
        var user = await FindAsync(name);
        var oneTime = FirstRunAdmin.NewPassword();
        await InTransactionAsync(async () =>
        {
            if (await users.HasPasswordAsync(user)) IdentitySetup.Check(await users.RemovePasswordAsync(user), $"cannot reset the password of '{name}'");
            IdentitySetup.Check(await users.AddPasswordAsync(user, oneTime), $"cannot reset the password of '{name}'");
            if (!(await users.GetClaimsAsync(user)).Any(c => c.Type == AccountClaims.MustChangePassword))
                IdentitySetup.Check(await users.AddClaimAsync(user, MustChange()), $"cannot mark the password of '{name}' as one-time");
            IdentitySetup.Check(await users.SetLockoutEndDateAsync(user, null), $"cannot unlock '{name}'");
            IdentitySetup.Check(await users.ResetAccessFailedCountAsync(user), $"cannot unlock '{name}'");
            await BrowserSessions.EndAsync(db, db.UserSessions.Where(s => s.UserId == user.Id), ct);
            AuditNote.Add(db, AccountAudit.UserKind, user.UserName!, AuditAction.Update, null, new { Password = "reset to a one-time password" });
        }, ct);
        return oneTime;
    }

    /// <summary>Ends one session by its number; its cookie is refused from the next request.</summary>
    public async Task<UserSession> EndSessionAsync(int id, CancellationToken ct)
    {
        var session = await db.UserSessions.Include(s => s.User).FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new UserError($"no session with number {id} (see 'parley users sessions')");
        if (session.EndedAt is not null) throw new UserError($"session {id} already ended on {session.EndedAt:yyyy-MM-dd HH:mm} UTC");
        await InTransactionAsync(() =>
        {
            session.EndedAt = DateTimeOffset.UtcNow;
            AuditNote.Add(db, SessionKind, Number(id), AuditAction.Update, new { User = session.User.UserName, Ended = false }, new { User = session.User.UserName, Ended = true });
            return Task.CompletedTask;
        }, ct);
        return session;
    }

    /// <summary>Ends every open session of an account (signs it out everywhere); returns how many.</summary>
    public async Task<int> EndSessionsAsync(string name, CancellationToken ct)
    {
        var user = await FindAsync(name);
        var ended = 0;
        await InTransactionAsync(async () =>
        {
            ended = await BrowserSessions.EndAsync(db, db.UserSessions.Where(s => s.UserId == user.Id), ct);
            if (ended > 0) AuditNote.Add(db, SessionKind, user.UserName!, AuditAction.Update, null, new { User = user.UserName, SessionsEnded = ended });
        }, ct);
        return ended;
    }

    /// <summary>Revokes an access token by its number: API calls with it are refused from now on.</summary>
    public async Task<AccessToken> RevokeTokenAsync(int id, CancellationToken ct)
    {
        var token = await db.AccessTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new UserError($"no token with id {id} (see 'parley tokens list')");
        if (token.RevokedAt is not null) throw new UserError($"token {token.Id} was already revoked on {token.RevokedAt:yyyy-MM-dd HH:mm} UTC");
        await InTransactionAsync(() =>
        {
            token.RevokedAt = DateTimeOffset.UtcNow;
            AuditNote.Add(db, AccountAudit.TokenKind, Number(token.Id), AuditAction.Update,
                new { User = token.User.UserName, token.Name, Revoked = false }, new { User = token.User.UserName, token.Name, Revoked = true });
            return Task.CompletedTask;
        }, ct);
        return token;
    }

    /// <summary>Tokens not revoked, with their owner.</summary>
    public Task<List<AccessToken>> ActiveTokensAsync(CancellationToken ct) =>
        db.AccessTokens.AsNoTracking().Include(t => t.User).Where(t => t.RevokedAt == null).OrderBy(t => t.Id).ToListAsync(ct);

    private async Task<ParleyUser> FindAsync(string name) =>
        await users.FindByNameAsync(name.Trim()) ?? throw new UserError($"no user named '{name}' (see 'parley users list')");

    private static void CheckRole(string role)
    {
        if (!Roles.IsKnown(role)) throw new UserError($"'{role}' is not a role; the roles are {string.Join(", ", Roles.All)}");
    }

    /// <summary>An admin does not lock themselves out, and the store always keeps one enabled admin.</summary>
    private async Task KeepAnAdminAsync(ParleyUser user, string? actingAdmin, string what)
    {
        if (actingAdmin is not null && string.Equals(user.UserName, actingAdmin, StringComparison.OrdinalIgnoreCase))
            throw new UserError($"you cannot {what} your own account; another admin can");
        if (!await users.IsInRoleAsync(user, Roles.Admin)) return;
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        if (!admins.Any(a => a.Id != user.Id && a.DisabledAt is null))
            throw new UserError($"cannot {what} '{user.UserName}': it is the only enabled admin; make another account admin first");
    }

    private static Claim MustChange() => new(AccountClaims.MustChangePassword, "true");

    private static string Number(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task InTransactionAsync(Func<Task> change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await change();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
