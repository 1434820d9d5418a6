using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>Lets a signed-in user replace their password; clears the must-change mark of a generated one.</summary>
public sealed class PasswordModel(SignInManager<ParleyUser> signIn, UserManager<ParleyUser> users) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your current password.")]
    public string Current { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter a new password.")]
    public string New { get; set; } = "";

    [BindProperty, Compare(nameof(New), ErrorMessage = "The two new passwords differ.")]
    public string Confirm { get; set; } = "";

    public bool MustChange => User.HasClaim(c => c.Type == AccountClaims.MustChangePassword);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.Contains("Mismatch", StringComparison.Ordinal) ? nameof(Current) : nameof(New), error.Description);
            return Page();
        }
        foreach (var claim in (await users.GetClaimsAsync(user)).Where(c => c.Type == AccountClaims.MustChangePassword).ToList())
            await users.RemoveClaimAsync(user, claim);
        await signIn.RefreshSignInAsync(user);
        return LocalRedirect("/");
    }
}
