using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>Signs out on POST only (with the anti-forgery token), so a link on another site cannot sign a user out.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ParleyUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(AccountsSetup.LoginPath);
    }
}
