namespace Parley.Features.Accounts;

/// <summary>
/// The authorization policies every page and endpoint uses by name. Anything without a policy still needs a signed-in
/// user (the fallback policy); /health, /login and static files are public.
/// </summary>
public static class Policies
{
    /// <summary>Viewer, editor or admin; anyone at all when public read is on (PARLEY_PUBLIC_READ=true). Not for cases.</summary>
    public const string Read = "read";

    /// <summary>
    /// Editor, admin, or a viewer granted case access (<see cref="CaseAccess"/>), whatever the public-read setting:
    /// case records hold sensitive personal data.
    /// </summary>
    public const string ReadCases = "read-cases";

    /// <summary>Editor or admin: create, update and delete records.</summary>
    public const string Write = "write";

    /// <summary>Admin: users, tokens, the whole audit trail.</summary>
    public const string Admin = "admin";
}
