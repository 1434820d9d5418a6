using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// Signs out on POST only (with the anti-forgery token), so a link on another site cannot sign a user out. The session
/// ends on the server too: a copy of the cookie taken before no longer signs anyone in.
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ParleyUser> signIn, ParleyDb db) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await BrowserSessions.HandleOfAsync(HttpContext) is { } handle)
        {
            await BrowserSessions.EndAsync(db, db.UserSessions.Where(s => s.Handle == handle), ct);
            await db.SaveChangesAsync(ct);
        }
        await signIn.SignOutAsync();
        return LocalRedirect(AccountsSetup.LoginPath);
    }
}
