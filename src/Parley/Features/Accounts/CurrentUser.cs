using System.Security.Claims;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>Who is acting in a request: the name stamped on audit entries, and role checks for showing or hiding controls.</summary>
public static class CurrentUser
{
    /// <summary>The signed-in user's name, or "anonymous" for a visitor allowed by public read.</summary>
    public static string Name(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";

    public static bool CanRead(ClaimsPrincipal user) => Roles.Readers.Any(user.IsInRole);
    public static bool CanWrite(ClaimsPrincipal user) => Roles.Writers.Any(user.IsInRole);
    public static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    /// <summary>Makes the next saves on <paramref name="db"/> carry this user and origin ("web" or "api") in the audit trail.</summary>
    public static void ActAs(this ParleyDb db, ClaimsPrincipal user, string origin)
    {
        db.Actor = Name(user);
        db.Origin = origin;
    }
}
