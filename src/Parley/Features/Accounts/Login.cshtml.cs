using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// The sign-in form: user name and password, with Identity's lockout after repeated failures and
/// <see cref="SignInThrottle"/> on every attempt. A name that is no account gets the same answer, after the same work
/// (one password check), as a wrong password.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<ParleyUser> signIn, UserManager<ParleyUser> users, IPasswordHasher<ParleyUser> hasher,
    SignInThrottle throttle, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
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
        if (!throttle.TryAttempt(HttpContext, UserName))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = SignInThrottle.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError("", text["Login.TooMany"]);
            return Page();
        }
        var user = await users.FindByNameAsync(UserName);
        if (user is null)
        {
            if (throttle.UnknownLockedOut(UserName)) return Locked();
            hasher.VerifyHashedPassword(Nobody, NobodysHash(hasher), Password);
            return throttle.UnknownFailed(UserName) ? Locked() : Wrong();
        }
        if (user.DisabledAt is not null)
        {
            // Only the right password learns that the account is disabled; anything else is answered as for any account.
            var check = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
            if (check.IsLockedOut) return Locked();
            if (!check.Succeeded) return Wrong();
            ModelState.AddModelError("", text["Login.Disabled"]);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut) return Locked();
        if (!result.Succeeded) return Wrong();
        if (await MustChangePasswordAsync(user)) return LocalRedirect(AccountsSetup.ChangePasswordPath);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private async Task<bool> MustChangePasswordAsync(ParleyUser user) =>
        (await users.GetClaimsAsync(user)).Any(c => c.Type == AccountClaims.MustChangePassword);

    private PageResult Locked()
    {
        ModelState.AddModelError("", text["Login.Locked"]);
        return Page();
    }

    private PageResult Wrong()
    {
        ModelState.AddModelError(nameof(Password), text["Login.Wrong"]);
        return Page();
    }

    private static readonly ParleyUser Nobody = new() { UserName = "nobody" };
    private static string? _nobodysHash;

    /// <summary>A hash made with the same hasher and settings as real accounts', so checking against it costs the same.</summary>
    private static string NobodysHash(IPasswordHasher<ParleyUser> hasher) =>
        _nobodysHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
}
