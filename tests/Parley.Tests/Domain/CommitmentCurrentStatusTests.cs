using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Domain;

/// <summary>A commitment's current status is one rule: the API filter, the list page filter and every reader in memory agree, on both stores.</summary>
public class CommitmentCurrentStatusTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_status_filter_returns_the_commitments_whose_latest_entry_has_that_status(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: await TempStore.InitialisedAsync(kind));
        // Two entries on the same date: the one recorded later is the current one.
        var extra = app.Store.File("same-day.json");
        await File.WriteAllTextAsync(extra, """
            {"format":"parley","version":1,"commitments":[{"key":"same-day-test","party":"vn","title":"Same-day test","text":"Test.",
              "instrument":"none","history":[{"status":"open","date":"2024-05"},{"status":"stalled","date":"2024-05"},{"status":"proposed"}]}]}
            """);
        await Cli.OkAsync("import", extra, "--db", app.Store.Db);
        using var api = app.Client(app.Token("viewer"));
        Dictionary<string, CommitmentStatus?> expected;
        await using (var db = app.Store.Open())
            expected = (await db.Commitments.AsNoTracking().Include(c => c.History).ToListAsync())
                .ToDictionary(c => c.Key, CommitmentCurrentStatus.Of);

        // The lapsed TPP labour consistency plan (an undated "open", then "lapsed" in January 2017) is lapsed on both stores.
        Assert.Equal(CommitmentStatus.Lapsed, expected["tpp-labour-consistency-plan"]);
        Assert.Equal(CommitmentStatus.Stalled, expected["same-day-test"]);
        foreach (var status in Enum.GetValues<CommitmentStatus>())
        {
            var word = status == CommitmentStatus.InProgress ? "in-progress" : status.ToString().ToLowerInvariant();
            var page = JsonNode.Parse(await api.GetStringAsync($"/api/v1/commitments?status={word}&pageSize=200"))!;
            var keys = page["items"]!.AsArray().Select(i => i!["key"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Where(e => e.Value == status).Select(e => e.Key).Order(StringComparer.Ordinal).ToList(), keys);
        }
        Assert.DoesNotContain("tpp-labour-consistency-plan", await api.GetStringAsync("/api/v1/commitments?status=open&pageSize=200"));
        Assert.Contains("tpp-labour-consistency-plan", await api.GetStringAsync("/api/v1/commitments?status=lapsed&pageSize=200"));
    }

    [Fact]
    public void Undated_entries_count_as_oldest_and_same_day_entries_in_the_order_recorded()
    {
        var commitment = new Commitment
        {
            History =
            [
                new() { Status = CommitmentStatus.Lapsed, Date = new PartialDate(2017, 1, 23) },
                new() { Status = CommitmentStatus.Open },
                new() { Status = CommitmentStatus.Open, Date = new PartialDate(2017) },
                new() { Status = CommitmentStatus.Stalled, Date = new PartialDate(2017, 1, 23) },
            ],
        };

        Assert.Equal(CommitmentStatus.Stalled, CommitmentCurrentStatus.Of(commitment));
        Assert.Equal([CommitmentStatus.Open, CommitmentStatus.Open, CommitmentStatus.Lapsed, CommitmentStatus.Stalled],
            CommitmentCurrentStatus.Ordered(commitment).Select(h => h.Status));
        Assert.Null(CommitmentCurrentStatus.Of(new Commitment()));
    }
}
