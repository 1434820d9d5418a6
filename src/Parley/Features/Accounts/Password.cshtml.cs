using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// Lets a signed-in user replace their password; clears the must-change mark of a generated one. The current password
/// is checked under the same throttle as signing in; the change ends the account's other sessions and is audited.
/// </summary>
public sealed class PasswordModel(SignInManager<ParleyUser> signIn, UserManager<ParleyUser> users, ParleyDb db, SignInThrottle throttle, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your current password.")]
    public string Current { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter a new password.")]
    public string New { get; set; } = "";

    [BindProperty, Compare(nameof(New), ErrorMessage = "The two new passwords differ.")]
    public string Confirm { get; set; } = "";

    public bool MustChange => User.HasClaim(c => c.Type == AccountClaims.MustChangePassword);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!throttle.TryAttempt(HttpContext, user.UserName!))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError("", text["Login.TooMany"]);
            return Page();
        }
        var current = await BrowserSessions.HandleOfAsync(HttpContext);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.Contains("Mismatch", StringComparison.Ordinal) ? nameof(Current) : nameof(New), error.Description);
            return Page();
        }
        foreach (var claim in (await users.GetClaimsAsync(user)).Where(c => c.Type == AccountClaims.MustChangePassword).ToList())
            await users.RemoveClaimAsync(user, claim);
        // Whoever else holds a session of this account (a copied cookie, a forgotten browser) is signed out.
        await BrowserSessions.EndAsync(db, db.UserSessions.Where(s => s.UserId == user.Id && s.Handle != current), ct);
        AuditNote.Add(db, AccountAudit.UserKind, user.UserName!, AuditAction.Update, null, new { Password = "changed by its owner" });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await signIn.RefreshSignInAsync(user);
        return LocalRedirect("/");
    }
}
