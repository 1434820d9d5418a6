using System.Security.Claims;
using Parley.Store;

namespace Parley.Features.Records;

/// <summary>Marks the changes a page saves next with the signed-in user, so the audit trail says who made them from the web.</summary>
public static class WebActor
{
    public static void ActAs(this ParleyDb db, ClaimsPrincipal user)
    {
        db.Actor = user.Identity?.Name is { Length: > 0 } name ? name : "anonymous";
        db.Origin = "web";
    }
}
