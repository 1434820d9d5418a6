using System.Security.Claims;
using System.Security.Cryptography;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// On a store without any user, creates the account "admin" with a generated one-time password, so whoever started
/// Parley can sign in at once. The password must be changed at first sign-in.
/// </summary>
public static class FirstRunAdmin
{
    public const string UserName = "admin";

    /// <summary>The generated password when the admin was just created; null when the store already has users.</summary>
    public static async Task<string?> EnsureAsync(StoreLocation location, CancellationToken ct = default)
    {
        await using var store = await AccountStore.OpenAsync(location, ct);
        if (store.Users.Users.Any()) return null;
        var password = NewPassword();
        var admin = new ParleyUser { UserName = UserName, CreatedAt = DateTimeOffset.UtcNow };
        IdentitySetup.Check(await store.Users.CreateAsync(admin, password), "cannot create the first admin");
        IdentitySetup.Check(await store.Users.AddToRoleAsync(admin, Roles.Admin), "cannot make the first user an admin");
        IdentitySetup.Check(await store.Users.AddClaimAsync(admin, new Claim(AccountClaims.MustChangePassword, "true")), "cannot mark the password as one-time");
        store.Db.Actor = "parley serve";
        store.Db.Origin = "first start";
        AuditNote.Add(store.Db, AccountAudit.UserKind, UserName, AuditAction.Create, null, new { Role = Roles.Admin });
        await store.Db.SaveChangesAsync(ct);
        return password;
    }

    /// <summary>Four groups of five letters and digits (about 100 bits), without look-alikes such as 0/O and 1/l.</summary>
    internal static string NewPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var groups = Enumerable.Range(0, 4).Select(_ => new string(Enumerable.Range(0, 5).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray()));
        return string.Join('-', groups);
    }
}
