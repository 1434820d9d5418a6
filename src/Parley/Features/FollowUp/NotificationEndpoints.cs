using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// /api/v1/notifications: the caller's own reminders and digests (unread first), marking one read, and turning kinds of
/// notification on or off. Anyone signed in manages their own; no one sees another's. Also the calendar feed at its
/// secret address (/follow-up/calendar/SECRET), which a calendar program reads without signing in.
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

        // The secret in the address is the credential: an unknown, revoked or replaced one, or one whose owner can no
        // longer read Parley, is a plain 404 that tells nothing.
        app.MapGet("/follow-up/calendar/{secret}", async (string secret, bool? all, ParleyDb db, UserManager<ParleyUser> users,
                IUserClaimsPrincipalFactory<ParleyUser> principals, HttpContext http, CancellationToken ct) =>
            {
                var hash = CalendarSecret.Hash(secret.EndsWith(".ics", StringComparison.Ordinal) ? secret[..^4] : secret);
                var owner = await db.NotificationSettings.AsNoTracking().Where(s => s.CalendarSecretHash == hash).Select(s => s.Recipient).SingleOrDefaultAsync(ct);
                if (owner is null || await users.FindByNameAsync(owner) is not { DisabledAt: null } user) return Results.NotFound();
                var principal = await principals.CreateAsync(user);
                if (!CurrentUser.CanRead(principal)) return Results.NotFound();
                var withholding = CaseAccess.Allowed(principal) ? Withholding.None : await CaseNames.OfAsync(db, ct);
                var assignments = await FollowUpQuery.AllAsync(db, ct);
                var rounds = await db.Rounds.AsNoTracking().Include(r => r.Channel).ToListAsync(ct);
                var feed = CalendarFeed.Write(rounds, all == true ? assignments : DueList.Of(assignments, user.UserName, user.Email), withholding,
                    DateTimeOffset.UtcNow, http.Request.Host.Host);
                return Results.Text(feed, CalendarFeed.MediaType + "; charset=utf-8");
            })
            .AllowAnonymous().ExcludeFromDescription();
    }
}
