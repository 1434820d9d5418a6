using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>/accounts: the accounts with their roles, and the switch that lets a viewer read case records (admins only).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AccountsModel(UserManager<ParleyUser> users, ParleyDb db) : PageModel
{
    public sealed record Account(string Name, string Roles, bool CaseAccessGranted, bool ReadsCasesByRole, bool Locked);

    public IReadOnlyList<Account> Accounts { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var list = new List<Account>();
        foreach (var user in await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct))
        {
            var roles = (await users.GetRolesAsync(user)).Order().ToList();
            list.Add(new Account(user.UserName!, string.Join(", ", roles), await CaseAccess.GrantedAsync(users, user),
                roles.Any(r => r is Parley.Features.Accounts.Roles.Editor or Parley.Features.Accounts.Roles.Admin),
                user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow));
        }
        Accounts = list;
    }

    /// <summary>Turns a user's case access on or off; the change is in the audit trail under the admin's name.</summary>
    public async Task<IActionResult> OnPostCasesAsync([FromForm] string? user, [FromForm] bool allow, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user) || await users.FindByNameAsync(user) is not { } account)
        {
            Message = $"There is no user named '{user}'.";
            return RedirectToPage();
        }
        var changed = await CaseAccess.SetAsync(users, db, account, allow, ct);
        Message = !changed ? $"Nothing changed for {account.UserName}."
            : allow ? $"{account.UserName} may now read case records." : $"{account.UserName} may no longer read case records.";
        return RedirectToPage();
    }
}
