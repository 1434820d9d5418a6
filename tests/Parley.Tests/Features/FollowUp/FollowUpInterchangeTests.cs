using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>
/// Follow-ups travel with the rest of the record: `parley export --format json` writes them (people, actions, indicators,
/// reports), `parley import` reads them back with the same checks as a change, and backup and restore carry them.
/// </summary>
public class FollowUpInterchangeTests
{
    private const string Key = "follow-up-evfta-labor-code-2019";
    private const string Cluster = "labour-cluster";

    /// <summary>A commitment's follow-up with every part, and a cluster by issue area marked as an illustration.</summary>
    private static async Task FollowUpsAsync(TempStore store)
    {
        var db = new[] { "--db", store.Db };
        await Cli.OkAsync(["follow-up", "assign", "--commitment", "evfta-labor-code-2019", "--lead", "vn-molisa", "--support", "vn-moj", "--assigned-on", "2026-01-10", .. db]);
        await Cli.OkAsync(["follow-up", "person", Key, "--name", "Lan", "--email", "lan@example.org", "--institution", "vn-molisa", .. db]);
        await Cli.OkAsync(["follow-up", "action", Key, "--what", "Draft decree on worker organisations", "--who", "MOLISA", "--by", "2026-06-30", .. db]);
        await Cli.OkAsync(["follow-up", "indicator", Key, "--measure", "Worker organisations registered", "--frequency", "half-yearly", "--baseline", "0",
            "--target", "10", "--verification", "Registry", .. db]);
        await Cli.OkAsync(["follow-up", "report", Key, "--date", "2026-03-01", "--text", "Draft decree published for comment", "--state", "in-progress",
            "--action", "1", "--link", "https://example.org/draft", "--source", "Government gazette", .. db]);
        await Cli.OkAsync(["follow-up", "review", Key, "1", .. db]);
        await Cli.OkAsync(["follow-up", "report", Key, "--date", "2026-04-01", "--text", "Three registered", "--state", "partially-implemented",
            "--indicator", "1", "--value", "3", .. db]);
        await Cli.OkAsync(["follow-up", "assign", "--issue-area", "labour-rights", "--party", "vn", "--cycle", "1", "--lead", "vn-molisa", "--key", Cluster, .. db]);
        await using var open = store.Open();
        var cluster = await open.FollowUpAssignments.SingleAsync(a => a.Key == Cluster);
        cluster.Illustration = true;
        await open.SaveChangesAsync();
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Follow_ups_export_import_into_an_empty_store_and_export_again_byte_for_byte(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await FollowUpsAsync(store);
        using var copy = TempStore.Create(kind);
        var first = store.File("first.json");
        var second = store.File("second.json");

        await Cli.OkAsync("export", "--format", "json", "--out", first, "--db", store.Db);
        var imported = await Cli.OkAsync("import", first, "--db", copy.Db);
        await Cli.OkAsync("export", "--out", second, "--db", copy.Db);

        Assert.Matches(@"followUps\s+added\s+\d+", imported.Out);
        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
        var followUps = JsonDocument.Parse(await File.ReadAllBytesAsync(first)).RootElement.GetProperty("followUps");
        var one = followUps.EnumerateArray().Single(f => f.GetProperty("key").GetString() == Key);
        Assert.Equal("lan@example.org", one.GetProperty("people")[0].GetProperty("email").GetString());
        Assert.Equal("vn-molisa", one.GetProperty("people")[0].GetProperty("institution").GetString());
        Assert.Equal("2026-06-30", one.GetProperty("actions")[0].GetProperty("targetDate").GetString());
        Assert.Equal("half-yearly", one.GetProperty("indicators")[0].GetProperty("frequency").GetString());
        Assert.Equal("partially-implemented", one.GetProperty("reports")[1].GetProperty("state").GetString());
        Assert.True(one.GetProperty("reports")[0].GetProperty("reviewed").GetBoolean());
        Assert.Equal("Government gazette", one.GetProperty("reports")[0].GetProperty("evidenceSource").GetString());
        Assert.False(one.TryGetProperty("illustration", out _));
        Assert.True(followUps.EnumerateArray().Single(f => f.GetProperty("key").GetString() == Cluster).GetProperty("illustration").GetBoolean());

        // The copy derives the same state from the same reports.
        var states = await Task.WhenAll(new[] { store, copy }.Select(async s =>
            JsonDocument.Parse((await Cli.OkAsync("follow-up", "list", "--json", "--db", s.Db)).Out).RootElement.EnumerateArray()
                .Single(f => f.GetProperty("key").GetString() == Key).GetProperty("state").GetString()));
        Assert.Equal("in-progress", states[0]);
        Assert.Equal(states[0], states[1]);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Bad_follow_ups_are_refused_naming_file_record_and_field_and_nothing_is_written(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        int before;
        await using (var db = store.Open()) before = await db.FollowUpAssignments.CountAsync();
        var file = store.File("follow-ups.json");
        await File.WriteAllTextAsync(file, """
            {"format": "parley", "version": 1,
             "followUps": [
              {"key": "good-one", "title": "Fine", "assignedOn": "2026-01-01", "commitment": "uncat-ratification", "leadInstitution": "vn-mfa"},
              {"key": "bad-one", "title": "Wrong", "assignedOn": "2026-01-01", "commitment": "uncat-ratification", "issueArea": "torture",
               "leadInstitution": "vn-nowhere",
               "actions": [{"number": 1, "what": "Do it"}, {"number": 1, "what": "Again"}],
               "reports": [{"number": 1, "date": "2026-02-01", "text": "x", "state": "no-information", "action": 7, "evidenceLink": "ftp://x"}],
               "people": [{"name": "Nobody"}]}
             ]}
            """);

        var run = await Cli.RunAsync("import", file, "--db", store.Db);

        Assert.Equal(1, run.Exit);
        var at = $"{file}:4: followUps[1] 'bad-one'";
        Assert.Contains($"{at}.recommendation: give exactly one of recommendation, commitment, or issueArea", run.Error);
        Assert.Contains($"{at}.leadInstitution: no institution with key 'vn-nowhere'", run.Error);
        Assert.Contains($"{at}.actions[1].number: 1 is used twice among actions", run.Error);
        Assert.Contains($"{at}.reports[0].state: 'no-information' is derived", run.Error);
        Assert.Contains($"{at}.reports[0].action: the follow-up has no action 7", run.Error);
        Assert.Contains($"{at}.reports[0].evidenceLink: 'ftp://x' is not a web address", run.Error);
        Assert.Contains($"{at}.people[0].email: a contact needs an e-mail address", run.Error);
        Assert.Contains("nothing was written", run.Error);
        Assert.DoesNotContain("good-one", run.Error);
        await using (var db = store.Open()) Assert.Equal(before, await db.FollowUpAssignments.CountAsync());
    }

    [Fact]
    public async Task A_noted_recommendation_cannot_be_followed_up_through_an_import_either()
    {
        using var store = new TempStore();
        var file = store.File("noted.json");
        await File.WriteAllTextAsync(file, """
            {"format": "parley", "version": 1,
             "sources": [{"key": "s", "title": "S", "kind": "other"}],
             "parties": [{"key": "vn", "name": "Viet Nam", "kind": "state"}],
             "recommendations": [{"key": "r1", "text": "Ratify it", "response": "noted", "to": "vn", "citations": [{"source": "s"}]}],
             "followUps": [{"key": "f", "title": "F", "assignedOn": "2026-01-01", "recommendation": "r1"}]}
            """);

        var run = await Cli.RunAsync("import", file, "--db", store.Db);

        Assert.Contains("followUps[0] 'f'.recommendation: 'r1' was noted, not accepted", run.Error);
        Assert.True(await store.IsMissingAsync() || await CountAsync(store) == 0);
    }

    private static async Task<int> CountAsync(TempStore store)
    {
        await using var db = store.Open();
        return await db.Recommendations.CountAsync();
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Backup_and_restore_into_a_new_store_carry_the_follow_ups(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await FollowUpsAsync(store);
        using var fresh = TempStore.Create(kind);
        var backup = store.File("backup.parley");

        await Cli.OkAsync("backup", "--out", backup, "--db", store.Db);
        await Cli.OkAsync("restore", backup, "--db", fresh.Db);

        var original = (await Cli.OkAsync("follow-up", "list", "--json", "--db", store.Db)).Out;
        Assert.Equal(original, (await Cli.OkAsync("follow-up", "list", "--json", "--db", fresh.Db)).Out);
        Assert.Contains(Key, original);
        Assert.Equal((await Cli.OkAsync("export", "--db", store.Db)).Out, (await Cli.OkAsync("export", "--db", fresh.Db)).Out);
    }
}
