using System.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>
/// Being told what is due: the dry run changes nothing, e-mail goes through a real SMTP server on 127.0.0.1, a server
/// that is down is retried on the next run without losing the notification, and a person who turns reminders off gets none.
/// </summary>
public class ReminderTests
{
    private const string Key = "follow-up-evfta-labor-code-2019";

    private static async Task<string[]> FollowedByAContactAsync(TempStore store)
    {
        var db = new[] { "--db", store.Db };
        // The bundled data set's example follow-ups are MOLISA's too; without them the contact is told of this one only.
        await using (var open = store.Open()) await open.FollowUpAssignments.Where(a => a.Illustration).ExecuteDeleteAsync();
        await Cli.OkAsync(["follow-up", "assign", "--commitment", "evfta-labor-code-2019", "--lead", "vn-molisa", "--assigned-on", "2026-01-01", .. db]);
        await Cli.OkAsync(["follow-up", "action", Key, "--what", "Publish the draft decree", "--by", "2020-06-30", .. db]);
        await Cli.OkAsync(["follow-up", "person", Key, "--name", "Lan", "--email", "lan@example.org", "--institution", "vn-molisa", .. db]);
        return db;
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Reminders_reach_a_real_SMTP_server_and_a_server_that_is_down_is_retried_without_losing_them(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var db = await FollowedByAContactAsync(store);

        var dry = await Cli.OkAsync(["follow-up", "remind", "--dry-run", .. db]);
        Assert.Contains("e-mail to lan@example.org for lan@example.org: Parley: action 1 of " + Key + " overdue by", dry.Out);
        Assert.Contains("weekly follow-up digest", dry.Out);
        Assert.Contains("dry run: 2 notification(s) would be made", dry.Out);
        await using (var open = store.Open()) Assert.Equal(0, await open.Notifications.CountAsync());

        var port = SmtpServer.FreePort();
        var smtp = new[] { "--smtp-host", "127.0.0.1", "--smtp-port", port.ToString(), "--smtp-from", "parley@example.org" };
        var down = await Cli.OkAsync(["follow-up", "remind", .. smtp, .. db]);
        Assert.Contains("2 notification(s) made", down.Out);
        Assert.Contains("e-mail: 0 sent, 2 failed", down.Out);
        await using (var open = store.Open())
        {
            var kept = await open.Notifications.ToListAsync();
            Assert.Equal(2, kept.Count);
            Assert.All(kept, n => Assert.Equal((NotificationMail.Pending, 1), (n.Mail, n.MailAttempts)));
            Assert.All(kept, n => Assert.False(string.IsNullOrEmpty(n.MailError)));
        }

        using var server = await SmtpServer.StartAsync(port);
        var up = await Cli.OkAsync(["follow-up", "remind", .. smtp, .. db]);
        Assert.Contains("0 notification(s) made", up.Out);
        Assert.Contains("e-mail: 2 sent, 0 failed", up.Out);
        var received = await server.WaitForAsync("weekly follow-up digest");
        Assert.Contains("lan@example.org", received);
        Assert.Contains($"Subject: Parley: action 1 of {Key} overdue by", received);
        Assert.Contains("Publish the draft decree", received);
        await using (var open = store.Open())
            Assert.All(await open.Notifications.ToListAsync(), n => Assert.Equal(NotificationMail.Sent, n.Mail));

        // Nothing is sent twice.
        var again = await Cli.OkAsync(["follow-up", "remind", .. smtp, .. db]);
        Assert.Contains("0 notification(s) made", again.Out);
        Assert.Contains("e-mail: 0 sent, 0 failed", again.Out);
    }

    [Fact]
    public async Task A_person_who_turns_reminders_and_the_digest_off_is_not_told()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        var db = await FollowedByAContactAsync(store);
        await Cli.OkAsync(["follow-up", "notify", "lan@example.org", "--reminders", "false", "--digest", "false", .. db]);
        var dry = await Cli.OkAsync(["follow-up", "remind", "--dry-run", .. db]);
        Assert.Contains("dry run: 0 notification(s) would be made", dry.Out);
        await Cli.OkAsync(["follow-up", "notify", "lan@example.org", "--reminders", "true", .. db]);
        Assert.Contains("dry run: 1 notification(s) would be made", (await Cli.OkAsync(["follow-up", "remind", "--dry-run", .. db])).Out);
    }

    [Fact]
    public async Task The_scheduled_job_of_the_server_keeps_retrying_a_failing_SMTP_server_and_the_app_keeps_answering()
    {
        var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        await FollowedByAContactAsync(store);
        var port = SmtpServer.FreePort();
        // Mail is given up after ten attempts, one per run: two seconds apart, they leave the SMTP server below about
        // twenty seconds to start on a loaded machine before the notification counts as failed.
        await using var app = await SignedInApp.StartAsync(store: store, settings: new Dictionary<string, string?>
        {
            ["Parley:Smtp:Host"] = "127.0.0.1", ["Parley:Smtp:Port"] = port.ToString(), ["Parley:Reminders:Interval"] = "00:00:02",
        });
        var attempts = 0;
        for (var i = 0; i < 200 && attempts < 2; i++)
        {
            await Task.Delay(100);
            await using var db = app.Store.Open();
            attempts = await db.Notifications.Select(n => (int?)n.MailAttempts).MinAsync() ?? 0;
        }
        Assert.True(attempts >= 2, "the job tried the server down more than once");
        using var http = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);

        using var server = await SmtpServer.StartAsync(port);
        Assert.Contains("Publish the draft decree", await server.WaitForAsync("Publish the draft decree"));
        await using var after = app.Store.Open();
        for (var i = 0; i < 50 && await after.Notifications.AnyAsync(n => n.Mail != NotificationMail.Sent); i++) await Task.Delay(100);
        Assert.All(await after.Notifications.ToListAsync(), n => Assert.Equal(NotificationMail.Sent, n.Mail));
    }
}
