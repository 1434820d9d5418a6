using Microsoft.AspNetCore.Identity;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>Identity on Parley's own store, with the same rules for the web application and the CLI.</summary>
public static class IdentitySetup
{
    public const int MinimumPasswordLength = 12;

    /// <summary>Failed sign-ins in a row that lock an account, and for how long.</summary>
    public const int FailuresToLock = 5;
    public static readonly TimeSpan LockedFor = TimeSpan.FromMinutes(5);

    public static IdentityBuilder AddParleyIdentity(this IServiceCollection services) =>
        services.AddIdentityCore<ParleyUser>(options =>
            {
                // Length over composition rules: a long passphrase is stronger and easier to remember than "Pa55w0rd!".
                // Long but common ones ("password1234") are refused by CommonPasswordValidator.
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = FailuresToLock;
                options.Lockout.DefaultLockoutTimeSpan = LockedFor;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddRoles<IdentityRole>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddEntityFrameworkStores<ParleyDb>();

    /// <summary>Creates the viewer, editor and admin roles where missing.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
    }

    /// <summary>Turns an Identity failure into a one-line user error.</summary>
    public static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded) throw new UserError($"{what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
