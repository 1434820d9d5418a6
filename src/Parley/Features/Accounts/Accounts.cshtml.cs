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
public sealed class AccountsModel(UserManager<ParleyUser> users, ParleyDb db, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
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
            return Done(text["Accounts.NoSuchUser", user ?? ""]);
        var changed = await CaseAccess.SetAsync(users, db, account, allow, ct);
        return Done(!changed ? text["Accounts.NothingFor", account.UserName ?? ""]
            : allow ? text["Accounts.CasesOn", account.UserName ?? ""] : text["Accounts.CasesOff", account.UserName ?? ""]);
    }

    public Task<IActionResult> OnPostAddAsync([FromForm] string? user, [FromForm] string? role, CancellationToken ct) => Try(async () =>
    {
        var password = await Lifecycle.AddAsync(user ?? "", role ?? "", null, ct);
        OneTimePassword = password;
        return text["Accounts.CreatedMessage", user?.Trim() ?? "", RoleName(role)];
    });

    public Task<IActionResult> OnPostRoleAsync([FromForm] string? user, [FromForm] string? role, CancellationToken ct) => Try(async () =>
        await Lifecycle.SetRoleAsync(user ?? "", role ?? "", Me, ct) ? text["Accounts.RoleNow", user ?? "", RoleName(role)] : text["Accounts.RoleAlready", user ?? "", RoleName(role)]);

    public Task<IActionResult> OnPostDisableAsync([FromForm] string? user, [FromForm] bool disable, CancellationToken ct) => Try(async () =>
        !await Lifecycle.SetDisabledAsync(user ?? "", disable, Me, ct) ? text["Accounts.NothingFor", user ?? ""]
            : disable ? text["Accounts.DisabledMessage", user ?? ""] : text["Accounts.EnabledMessage", user ?? ""]);

    public Task<IActionResult> OnPostResetAsync([FromForm] string? user, CancellationToken ct) => Try(async () =>
    {
        OneTimePassword = await Lifecycle.ResetPasswordAsync(user ?? "", ct);
        return text["Accounts.ResetMessage", user ?? ""];
    });

    public Task<IActionResult> OnPostDeleteAsync([FromForm] string? user, [FromForm] string? confirm, CancellationToken ct) => Try(async () =>
    {
        if (!string.Equals(user, confirm?.Trim(), StringComparison.Ordinal)) throw new UserError(text["Accounts.ConfirmDelete", user ?? ""]);
        await Lifecycle.DeleteAsync(user ?? "", Me, ct);
        return text["Accounts.DeletedMessage", user ?? ""];
    });

    public Task<IActionResult> OnPostSignOutAsync([FromForm] string? user, CancellationToken ct) => Try(async () =>
    {
        var ended = await Lifecycle.EndSessionsAsync(user ?? "", ct);
        return text[ended == 1 ? "Accounts.EndedOne" : "Accounts.EndedMany", ended, user ?? ""];
    });

    public Task<IActionResult> OnPostEndSessionAsync([FromForm] int id, CancellationToken ct) => Try(async () =>
        text["Accounts.EndedSession", id, (await Lifecycle.EndSessionAsync(id, ct)).User.UserName ?? ""].Value);

    public Task<IActionResult> OnPostRevokeTokenAsync([FromForm] int id, CancellationToken ct) => Try(async () =>
    {
        var token = await Lifecycle.RevokeTokenAsync(id, ct);
        return text["Accounts.RevokedMessage", token.Id, token.Name, token.User.UserName ?? ""];
    });

    private string? Me => User.Identity?.Name;

    /// <summary>A role as the reader's language names it; an unknown role as typed (the change then fails and says so).</summary>
    private string RoleName(string? role) => text["Role." + role] is { ResourceNotFound: false } name ? name.Value : role ?? "";

    private async Task<IActionResult> Try(Func<Task<string>> change)
    {
        try { return Done(await change()); }
        catch (UserError e) { return Done(text["Accounts.NothingChanged", e.Message]); }
    }

    private RedirectToPageResult Done(string message)
    {
        Message = message;
        return RedirectToPage();
    }
}
