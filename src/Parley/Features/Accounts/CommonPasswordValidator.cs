using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// Refuses passwords found in the list of commonly chosen ones shipped with Parley (common-passwords.txt, made by
/// scripts/make-common-passwords from well-known patterns: about 17,000 entries of 12 characters or more). The
/// comparison ignores case, reads look-alike digits and symbols as letters ("P@ssw0rd" is "password") and ignores
/// spaces, dashes, dots and underscores, so dressing up a common password does not get it through.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ParleyUser>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static int Count => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<ParleyUser> manager, ParleyUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = $"This password is on Parley's list of {Count:N0} commonly used passwords; choose one that is harder to guess.",
            })
            : IdentityResult.Success);

    public static bool IsCommon(string password) => Common.Value.Contains(Normalise(password));

    /// <summary>The form passwords are compared in; the list file holds its entries in this form.</summary>
    public static string Normalise(string password)
    {
        var folded = new System.Text.StringBuilder(password.Length);
        foreach (var c in password.ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '.') continue;
            folded.Append(c switch
            {
                '0' => 'o', '1' or '!' or '|' => 'i', '3' => 'e', '4' or '@' => 'a', '5' or '$' => 's', '7' or '+' => 't', '8' => 'b', '9' => 'g',
                _ => c,
            });
        }
        return folded.ToString();
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the program");
        using var reader = new StreamReader(stream);
        var entries = new HashSet<string>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            if (line.Length > 0) entries.Add(line);
        return entries.ToFrozenSet(StringComparer.Ordinal);
    }

    private const string ResourceName = "Parley.Features.Accounts.common-passwords.txt";
}
