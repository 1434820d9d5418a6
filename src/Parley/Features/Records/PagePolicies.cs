namespace Parley.Features.Records;

/// <summary>
/// The authorization policy names the pages ask for, in one place so the sign-in work can point them at its real policies.
/// Reading needs a signed-in viewer (the fallback policy); changing records needs an editor.
/// </summary>
public static class PagePolicies
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Admin = "admin";
}
