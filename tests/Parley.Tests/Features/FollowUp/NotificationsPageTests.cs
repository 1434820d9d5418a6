using System.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>The notifications page: one's own notifications unread first, marking read, turning kinds off; linked from the header.</summary>
public class NotificationsPageTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_person_reads_marks_read_and_turns_off_their_own_notifications_only(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        int mine, theirs;
        await using (var db = app.Store.Open())
        {
            var now = DateTimeOffset.UtcNow;
            var a = db.Notifications.Add(new Notification { Recipient = "viewer", Topic = "t1", Subject = "Overdue: publish the decree", Body = "Action 1 is overdue", CreatedAt = now }).Entity;
            var b = db.Notifications.Add(new Notification { Recipient = "editor", Topic = "t2", Subject = "Editor's reminder", Body = "x", CreatedAt = now }).Entity;
            await db.SaveChangesAsync();
            (mine, theirs) = (a.Id, b.Id);
        }

        using var viewer = await app.SignInAsync("viewer");
        var page = await viewer.GetStringAsync("/follow-up/notifications");
        Assert.Contains("Overdue: publish the decree", page);
        Assert.DoesNotContain("Editor&#x27;s reminder", page);
        Assert.Contains("1 unread.", page);
        Assert.Contains("href=\"/follow-up/notifications\"", await viewer.GetStringAsync("/"));

        Assert.Equal(HttpStatusCode.NotFound, (await SignedInApp.PostFormAsync(viewer, "/follow-up/notifications?handler=read",
            new() { ["id"] = theirs.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/follow-up/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignedInApp.PostFormAsync(viewer, "/follow-up/notifications?handler=read",
            new() { ["id"] = mine.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/follow-up/notifications")).StatusCode);
        Assert.Contains("0 unread.", await viewer.GetStringAsync("/follow-up/notifications"));

        // Unticked boxes are not sent: reminders and e-mail off, the digest and in-app on.
        Assert.Equal(HttpStatusCode.Redirect, (await SignedInApp.PostFormAsync(viewer, "/follow-up/notifications?handler=settings",
            new() { ["weeklyDigest"] = "true", ["inApp"] = "true" }, "/follow-up/notifications")).StatusCode);
        await using var check = app.Store.Open();
        Assert.NotNull((await check.Notifications.SingleAsync(n => n.Id == mine)).ReadAt);
        Assert.Null((await check.Notifications.SingleAsync(n => n.Id == theirs)).ReadAt);
        var settings = await check.NotificationSettings.SingleAsync(s => s.Recipient == "viewer");
        Assert.Equal((false, true, false, true), (settings.Reminders, settings.WeeklyDigest, settings.ByEmail, settings.InApp));
        Assert.Contains(await check.AuditEntries.Where(e => e.Kind == "NotificationSettings" && e.RecordKey == "viewer").ToListAsync(), e => e.Actor == "viewer");
        Assert.Contains("checked=\"checked\" /> The weekly digest", await viewer.GetStringAsync("/follow-up/notifications"));
    }
}
