using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// /accounts (admins only): the account lifecycle, as `parley users` offers it: add an account with a one-time
/// password, change its role, grant or revoke case access, disable and enable, reset the password, sign it out
/// everywhere, delete; the open sessions and active tokens, each with a button to end it. Every change is in the audit trail under the admin's name.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AccountsModel(UserManager<ParleyUser> users, ParleyDb db) : PageModel
{
    public sealed record Account(string Name, string Role, bool CaseAccessGranted, bool ReadsCasesByRole, bool Locked, bool Disabled, bool MustChangePassword);

    public IReadOnlyList<Account> Accounts { get; private set; } = [];
    public IReadOnlyList<UserSession> Sessions { get; private set; } = [];
    public IReadOnlyList<AccessToken> Tokens { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    /// <summary>A generated password, shown once on the page that follows its creation.</summary>
    [TempData] public string? OneTimePassword { get; set; }

    private AccountLifecycle Lifecycle => new(users, db);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var list = new List<Account>();
        foreach (var user in await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct))
        {
            var roles = (await users.GetRolesAsync(user)).Order().ToList();
            var claims = await users.GetClaimsAsync(user);
            list.Add(new Account(user.UserName!, string.Join(", ", roles), claims.Any(c => c.Type == CaseAccess.ClaimType && c.Value == CaseAccess.ClaimValue),
                roles.Any(r => r is Parley.Features.Accounts.Roles.Editor or Parley.Features.Accounts.Roles.Admin),
                user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow, user.DisabledAt is not null,
                claims.Any(c => c.Type == AccountClaims.MustChangePassword)));
        }
        Accounts = list;
        Sessions = await BrowserSessions.OpenAsync(db, ct);
        Tokens = await Lifecycle.ActiveTokensAsync(ct);
    }

    /// <summary>Turns a user's case access on or off; the change is in the audit trail under the admin's name.</summary>
    public async Task<IActionResult> OnPostCasesAsync([FromForm] string? user, [FromForm] bool allow, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user) || await users.FindByNameAsync(user) is not { } account)
            return Done($"There is no user named '{user}'.");
        var changed = await CaseAccess.SetAsync(users, db, account, allow, ct);
        return Done(!changed ? $"Nothing changed for {account.UserName}."
            : allow ? $"{account.UserName} may now read case records." : $"{account.UserName} may no longer read case records.");
    }

    public Task<IActionResult> OnPostAddAsync([FromForm] string? user, [FromForm] string? role, CancellationToken ct) => Try(async () =>
    {
        var password = await Lifecycle.AddAsync(user ?? "", role ?? "", null, ct);
        OneTimePassword = password;
        return $"Created {user?.Trim()} with the role {role}. Give them the one-time password below; they choose their own at first sign-in.";
    });

    public Task<IActionResult> OnPostRoleAsync([FromForm] string? user, [FromForm] string? role, CancellationToken ct) => Try(async () =>
        await Lifecycle.SetRoleAsync(user ?? "", role ?? "", Me, ct) ? $"{user} now has the role {role}." : $"{user} already had the role {role}.");

    public Task<IActionResult> OnPostDisableAsync([FromForm] string? user, [FromForm] bool disable, CancellationToken ct) => Try(async () =>
        !await Lifecycle.SetDisabledAsync(user ?? "", disable, Me, ct) ? $"Nothing changed for {user}."
            : disable ? $"Disabled {user}: it cannot sign in, its sessions have ended and its tokens are refused." : $"Enabled {user}.");

    public Task<IActionResult> OnPostResetAsync([FromForm] string? user, CancellationToken ct) => Try(async () =>
    {
        OneTimePassword = await Lifecycle.ResetPasswordAsync(user ?? "", ct);
        return $"Reset the password of {user} and ended their sessions. Give them the one-time password below; they must change it at the next sign-in.";
    });

    public Task<IActionResult> OnPostDeleteAsync([FromForm] string? user, [FromForm] string? confirm, CancellationToken ct) => Try(async () =>
    {
        if (!string.Equals(user, confirm?.Trim(), StringComparison.Ordinal)) throw new UserError($"type the user name '{user}' to confirm the deletion");
        await Lifecycle.DeleteAsync(user ?? "", Me, ct);
        return $"Deleted {user}; the audit trail keeps what the account did.";
    });

    public Task<IActionResult> OnPostSignOutAsync([FromForm] string? user, CancellationToken ct) => Try(async () =>
    {
        var ended = await Lifecycle.EndSessionsAsync(user ?? "", ct);
        return $"Ended {ended} session{(ended == 1 ? "" : "s")} of {user}.";
    });

    public Task<IActionResult> OnPostEndSessionAsync([FromForm] int id, CancellationToken ct) => Try(async () =>
        $"Ended session {id} of {(await Lifecycle.EndSessionAsync(id, ct)).User.UserName}.");

    public Task<IActionResult> OnPostRevokeTokenAsync([FromForm] int id, CancellationToken ct) => Try(async () =>
    {
        var token = await Lifecycle.RevokeTokenAsync(id, ct);
        return $"Revoked token {token.Id} ('{token.Name}') of {token.User.UserName}.";
    });

    private string? Me => User.Identity?.Name;

    private async Task<IActionResult> Try(Func<Task<string>> change)
    {
        try { return Done(await change()); }
        catch (UserError e) { return Done($"Nothing changed: {e.Message}."); }
    }

    private RedirectToPageResult Done(string message)
    {
        Message = message;
        return RedirectToPage();
    }
}
