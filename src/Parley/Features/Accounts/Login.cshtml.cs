using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>The sign-in form: user name and password, with Identity's lockout after repeated failures.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<ParleyUser> signIn, UserManager<ParleyUser> users) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your user name."), Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", "This account is locked after too many failed attempts. Try again in a few minutes.");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Password), "Wrong user name or password.");
            return Page();
        }
        var user = await users.FindByNameAsync(UserName);
        var claims = user is null ? [] : await users.GetClaimsAsync(user);
        if (claims.Any(c => c.Type == AccountClaims.MustChangePassword)) return LocalRedirect(AccountsSetup.ChangePasswordPath);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
