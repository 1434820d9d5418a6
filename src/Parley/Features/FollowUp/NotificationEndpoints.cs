using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// /api/v1/notifications: the caller's own reminders and digests (unread first), marking one read, and turning kinds of
/// notification on or off. Anyone signed in manages their own; no one sees another's.
/// </summary>
public static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/notifications").WithTags("notifications").RequireAuthorization(Policies.Read);
        api.MapGet("/", async (ParleyDb db, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var me = CurrentUser.Name(user);
                var mine = await db.Notifications.AsNoTracking().Where(n => n.Recipient == me)
                    .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.Id).Take(200).ToListAsync(ct);
                return TypedResults.Ok(mine.Select(NotificationDocument.Of).ToList());
            })
            .Produces<List<NotificationDocument>>().WithName("list-notifications").WithSummary("The caller's notifications, unread first, newest first");
        api.MapPost("/{id:int}/read", async (int id, ParleyDb db, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var me = CurrentUser.Name(user);
                var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.Recipient == me, ct);
                if (notification is null) return Results.Problem($"you have no notification {id}", statusCode: StatusCodes.Status404NotFound);
                notification.ReadAt ??= DateTimeOffset.UtcNow;
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(NotificationDocument.Of(notification));
            })
            .Produces<NotificationDocument>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("read-notification").WithSummary("Mark one of the caller's notifications read");
        api.MapPost("/settings", async (NotificationChoices body, ParleyDb db, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var s = await NotificationPreferences.SetAsync(db, CurrentUser.Name(user), body.Reminders, body.WeeklyDigest, body.ByEmail, body.InApp, ct);
                return TypedResults.Ok(new NotificationChoices(s.Reminders, s.WeeklyDigest, s.ByEmail, s.InApp));
            })
            .Produces<NotificationChoices>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithName("set-notification-choices").WithSummary("Turn the caller's reminders, weekly digest, e-mail or in-app notifications on or off");
    }
}
