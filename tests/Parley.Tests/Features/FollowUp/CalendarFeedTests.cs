using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>
/// The calendar feed through the running app: made on the notifications page, read by a calendar program without
/// signing in (parsed back with Ical.Net), replaced and revoked (the old address answers 404), and showing only what its
/// owner may read.
/// </summary>
public partial class CalendarFeedTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_feed_holds_rounds_and_deadlines_and_a_replaced_or_revoked_address_answers_404(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var editor = app.Client(app.Token("editor"));
        var key = await FollowUpAccessTests.AssignAsync(editor, "evfta-labor-code-2019", "vn-molisa");
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/actions",
            new { what = "Publish the draft decree", targetDate = "2026-06-30" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/indicators",
            new { measure = "Worker organisations registered", frequency = "quarterly" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/people", new { name = "Lan", userName = "viewer" })).StatusCode);
        DateOnly assignedOn;
        int datedRounds;
        await using (var db = app.Store.Open())
        {
            assignedOn = (await db.FollowUpAssignments.SingleAsync(a => a.Key == key)).AssignedOn;
            datedRounds = (await db.Rounds.ToListAsync()).Count(r => r.Date is not null);
        }

        using var viewer = await app.SignInAsync("viewer");
        var first = await MakeFeedAsync(viewer);
        using var calendarProgram = app.Client();
        var feed = await calendarProgram.GetAsync(first);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        var action = Assert.Single(calendar.Events, e => e.Summary == "Due: Publish the draft decree");
        Assert.Equal(new DateOnly(2026, 6, 30), DateOnly.FromDateTime(action.DtStart!.Value));
        Assert.False(action.DtStart.HasTime);
        Assert.Equal($"follow-up-{key}-action-1@127.0.0.1", action.Uid);
        var indicator = Assert.Single(calendar.Events, e => e.Summary == "Report due: Worker organisations registered");
        Assert.Equal(assignedOn.AddMonths(3), DateOnly.FromDateTime(indicator.DtStart!.Value));
        Assert.Equal(datedRounds, calendar.Events.Count(e => e.Uid!.StartsWith("round-", StringComparison.Ordinal)));
        Assert.All(calendar.Events, e => Assert.NotNull(e.DtStamp));

        // The admin follows nothing: rounds only, unless every follow-up is asked for.
        using var admin = await app.SignInAsync("admin");
        var admins = await MakeFeedAsync(admin);
        Assert.DoesNotContain(Calendar.Load(await calendarProgram.GetStringAsync(admins))!.Events, e => e.Summary!.StartsWith("Due:", StringComparison.Ordinal));
        Assert.Contains(Calendar.Load(await calendarProgram.GetStringAsync(admins + "?all=true"))!.Events, e => e.Summary == "Due: Publish the draft decree");

        var second = await MakeFeedAsync(viewer);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarProgram.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarProgram.GetAsync(second)).StatusCode);
        var revoked = await SignedInApp.PostFormAsync(viewer, "/follow-up/notifications?handler=revoke", [], "/follow-up/notifications");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarProgram.GetAsync(second)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarProgram.GetAsync("/follow-up/calendar/not-a-secret.ics")).StatusCode);

        await using var check = app.Store.Open();
        var stored = await check.NotificationSettings.SingleAsync(s => s.Recipient == "admin");
        var secret = admins.Split('/')[^1][..^4];
        Assert.DoesNotContain(secret, stored.CalendarSecretHash);
        var trail = await check.AuditEntries.Where(e => e.Kind == "NotificationSettings" && e.RecordKey == "viewer").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(3, trail.Count);
        Assert.All(trail, e => Assert.DoesNotContain(second.Split('/')[^1][..^4], e.After + e.Before));
        Assert.Contains("\"CalendarFeed\":false", trail[^1].After);
    }

    [Fact]
    public async Task A_feed_withholds_case_names_from_an_owner_without_case_access()
    {
        await using var app = await SignedInApp.StartAsync();
        using var editor = app.Client(app.Token("editor"));
        var key = await FollowUpAccessTests.AssignAsync(editor, "evfta-labor-code-2019", "vn-molisa");
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/actions",
            new { what = "Raise the case of Hoàng Thị Minh Hồng", targetDate = "2026-06-30" })).StatusCode);

        using var calendarProgram = app.Client();
        using var viewer = await app.SignInAsync("viewer");
        var seenByViewer = await calendarProgram.GetStringAsync(await MakeFeedAsync(viewer) + "?all=true");
        Assert.Contains("Raise the case of", seenByViewer);
        Assert.DoesNotContain("Hoàng Thị Minh Hồng", Calendar.Load(seenByViewer)!.Events.Select(e => e.Summary));
        Assert.DoesNotContain("Minh H", seenByViewer);
        using var caseViewer = await app.SignInAsync(SignedInApp.CaseViewer);
        var seenByCaseViewer = Calendar.Load(await calendarProgram.GetStringAsync(await MakeFeedAsync(caseViewer) + "?all=true"))!;
        Assert.Contains(seenByCaseViewer.Events, e => e.Summary == "Due: Raise the case of Hoàng Thị Minh Hồng");
    }

    /// <summary>Presses "Make my calendar address" and returns the address shown (its path).</summary>
    private static async Task<string> MakeFeedAsync(HttpClient pages)
    {
        var made = await SignedInApp.PostFormAsync(pages, "/follow-up/notifications?handler=calendar", [], "/follow-up/notifications");
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var url = FeedAddress().Match(await made.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(url);
        return new Uri(url).PathAndQuery;
    }

    [GeneratedRegex("id=\"feed\" type=\"text\" readonly size=\"80\" value=\"([^\"]+)\"")]
    private static partial Regex FeedAddress();
}
