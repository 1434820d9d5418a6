using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>`parley follow-up` on a real store: assign, plan, report, review, see what is due; every change audited, bad input refused whole.</summary>
public class FollowUpCommandTests
{
    private const string Key = "follow-up-evfta-labor-code-2019";

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_assigned_commitment_gets_actions_reports_and_a_derived_state_all_in_the_audit_trail(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var db = new[] { "--db", store.Db };
        await Cli.OkAsync(["follow-up", "assign", "--commitment", "evfta-labor-code-2019", "--lead", "vn-molisa", "--support", "vn-moj", "--assigned-on", "2026-01-10", .. db]);
        await Cli.OkAsync(["follow-up", "action", Key, "--what", "Draft decree on worker organisations", "--by", "2026-06-30", .. db]);
        await Cli.OkAsync(["follow-up", "indicator", Key, "--measure", "Worker organisations registered", "--frequency", "quarterly", "--baseline", "0", .. db]);
        var reported = await Cli.OkAsync(["follow-up", "report", Key, "--date", "2026-03-01", "--text", "Draft decree published for comment",
            "--state", "in-progress", "--action", "1", "--link", "https://example.org/draft", .. db]);
        Assert.Contains("not reviewed yet", reported.Out);

        var before = await ListAsync(db);
        Assert.Equal("no-information", before.GetProperty("state").GetString());
        await Cli.OkAsync(["follow-up", "review", Key, "1", .. db]);
        var after = await ListAsync(db);
        // The action is reported on, so the reviewed report gives the state even after its target date.
        Assert.Equal("in-progress", after.GetProperty("state").GetString());
        Assert.Equal("vn-molisa", after.GetProperty("leadInstitution").GetString());
        Assert.Equal(["vn-moj"], after.GetProperty("supportingInstitutions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("https://example.org/draft", after.GetProperty("reports")[0].GetProperty("evidenceLink").GetString());

        await using var open = store.Open();
        var trail = await open.AuditEntries.Where(e => e.Kind == "FollowUpAssignment" && e.RecordKey == Key).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(5, trail.Count);
        Assert.All(trail, e => Assert.StartsWith("cli:", e.Actor));
        Assert.Contains("\"Reviewed\":false", trail[^1].Before);
        Assert.Contains("\"Reviewed\":true", trail[^1].After);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_is_written(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var db = new[] { "--db", store.Db };
        await Cli.OkAsync(["follow-up", "assign", "--commitment", "evfta-labor-code-2019", "--lead", "vn-molisa", .. db]);
        await using var open = store.Open();
        var audited = await open.AuditEntries.CountAsync();

        foreach (var (args, message) in new (string[], string)[]
        {
            (["follow-up", "report", Key, "--date", "2026-02-30", "--text", "x", "--state", "implemented"], "date: '2026-02-30' is not a day written YYYY-MM-DD"),
            (["follow-up", "report", Key, "--date", "2026-02-01", "--text", "x", "--state", "done"], "state: 'done' is not one of"),
            (["follow-up", "report", Key, "--date", "2026-02-01", "--text", "x", "--state", "implemented", "--action", "4"], "action: 'follow-up-evfta-labor-code-2019' has no action 4"),
            (["follow-up", "report", Key, "--date", "2026-02-01", "--text", "x", "--state", "no-information"], "state: 'no information' is derived"),
            (["follow-up", "indicator", Key, "--measure", "m", "--frequency", "weekly"], "frequency: 'weekly' is not one of monthly, quarterly, half-yearly, yearly"),
            (["follow-up", "assign", "--commitment", "no-such", "--lead", "vn-molisa"], "commitment: no commitment with key 'no-such'"),
            (["follow-up", "assign", "--commitment", "evfta-labor-code-2019", "--recommendation", "x", "--lead", "vn-molisa"], "subject: give exactly one"),
            (["follow-up", "person", Key, "--name", "Lan", "--email", "not-an-address"], "email: 'not-an-address' is not an e-mail address"),
            (["follow-up", "due", "--within", "-1"], "within: -1 days"),
        })
        {
            var run = await Cli.RunAsync([.. args, .. db]);
            Assert.Equal(1, run.Exit);
            Assert.Contains(message, run.Error);
        }
        Assert.Equal(audited, await open.AuditEntries.CountAsync());
    }

    private static async Task<JsonElement> ListAsync(string[] db)
    {
        var run = await Cli.OkAsync(["follow-up", "list", "--json", .. db]);
        // The bundled data set's examples are listed too; this test's follow-up is the one not marked as an illustration.
        return Assert.Single(JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Where(f => f.GetProperty("key").GetString() == Key).ToList());
    }
}
