using Parley.Analyses.Matching;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Generate;
using Parley.Features.Search;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Generate;

public class GenerateTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_same_seed_makes_the_same_records_and_another_seed_other_ones(StoreKind kind)
    {
        using var first = TempStore.Create(kind);
        using var second = TempStore.Create(StoreKind.Sqlite);
        using var other = TempStore.Create(StoreKind.Sqlite);

        var run = await Cli.OkAsync("generate", "--recommendations", "40", "--cases", "6", "--rounds", "3", "--seed", "7", "--db", first.Db);
        await Cli.OkAsync("generate", "--recommendations", "40", "--cases", "6", "--rounds", "3", "--seed", "7", "--db", second.Db);
        await Cli.OkAsync("generate", "--recommendations", "40", "--cases", "6", "--rounds", "3", "--seed", "8", "--db", other.Db);

        Assert.Contains("Generated 3 rounds, 40 recommendations and 6 cases", run.Out);
        Assert.Contains("generating recommendations: 40/40 (100%)", run.Error);
        // Not a terminal: progress comes as whole lines that a log file keeps readable, never carriage returns.
        Assert.DoesNotContain('\r', run.Error);
        Assert.Contains(run.Error.Split('\n'), line => line.StartsWith("generating recommendations: 40/40", StringComparison.Ordinal));
        var exported = (await Cli.OkAsync("export", "--db", first.Db)).Out;
        Assert.Equal(exported, (await Cli.OkAsync("export", "--db", second.Db)).Out);
        Assert.NotEqual(exported.Replace("gen7", "gen8").Replace("seed-7", "seed-8").Replace("seed 7", "seed 8"), (await Cli.OkAsync("export", "--db", other.Db)).Out);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Generated_records_link_to_real_rounds_and_areas_are_sourced_audited_and_searchable(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        await Cli.OkAsync("generate", "--recommendations", "60", "--cases", "10", "--rounds", "4", "--db", store.Db);

        await using var db = store.Open();
        var recommendations = await db.Recommendations.Include(r => r.IssueAreas).Include(r => r.Citations)
            .Where(r => r.Key.StartsWith("gen1-")).ToListAsync();
        Assert.Equal(60, recommendations.Count);
        Assert.All(recommendations, r => Assert.NotEmpty(r.IssueAreas));
        Assert.All(recommendations, r => Assert.Single(r.Citations));
        Assert.Contains(recommendations, r => r.RoundId is not null);
        Assert.True(recommendations.Select(r => r.Response).Distinct().Count() > 1);
        var cases = await SearchEngine.SearchAsync(db, "arrested", new SearchFilters(Kind: "case"));
        // Every generated case says "arrested"; so may some of the bundled ones, counted on a store without generated records.
        using var bundled = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        await using var bundledDb = bundled.Open();
        var bundledArrested = (await SearchEngine.SearchAsync(bundledDb, "arrested", new SearchFilters(Kind: "case"))).Results!.Facets["kind"].SingleOrDefault()?.Count ?? 0;
        Assert.Equal(10 + bundledArrested, cases.Results!.Facets["kind"].Single().Count);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Bulk_generated_records_are_in_the_audit_trail_one_entry_per_batch_naming_who_and_which_keys(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        var count = SyntheticFill.BulkBatchSize + 5;
        await Cli.OkAsync("generate", "--recommendations", count.ToString(CultureInfo.InvariantCulture), "--cases", "3", "--rounds", "2", "--db", store.Db);

        await using var db = store.Open();
        var batches = await db.AuditEntries.Where(a => a.Origin == "generate" && a.Kind == "Recommendation").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["gen1-rec-0000001..gen1-rec-0020000", "gen1-rec-0020001..gen1-rec-0020005"], batches.Select(a => a.RecordKey));
        Assert.All(batches, a => Assert.Equal(AuditAction.Create, a.Action));
        Assert.All(batches, a => Assert.StartsWith("cli:", a.Actor));
        Assert.Equal(count, batches.Sum(a => JsonDocument.Parse(a.After!).RootElement.GetProperty("Count").GetInt32()));
        var caseBatch = await db.AuditEntries.SingleAsync(a => a.Origin == "generate" && a.Kind == "Case");
        Assert.Equal("gen1-case-000001..gen1-case-000003", caseBatch.RecordKey);
        var roundBatch = await db.AuditEntries.SingleAsync(a => a.Origin == "generate" && a.Kind == "Round");
        Assert.Equal("gen1-round-000001..gen1-round-000002", roundBatch.RecordKey);
        Assert.Equal(count, await db.Recommendations.CountAsync(r => r.Key.StartsWith("gen1-")));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Bulk_generated_records_are_found_by_search_and_later_edits_get_fresh_ids(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        await Cli.OkAsync("generate", "--recommendations", "300", "--cases", "20", "--rounds", "3", "--db", store.Db);

        await using (var db = store.Open())
        {
            var unions = await SearchEngine.SearchAsync(db, "labour unions", new SearchFilters(Kind: "recommendation"));
            var matching = await db.Recommendations.CountAsync(r => r.Text.Contains("labour") && r.Text.Contains("unions"));
            Assert.True(matching > 0);
            Assert.Equal(matching, unions.Results!.Total);
            var named = await db.Cases.OrderBy(c => c.Key).FirstAsync();
            var found = await SearchEngine.SearchAsync(db, Folding.Fold(named.PersonName), new SearchFilters(Kind: "case"));
            Assert.Contains(found.Results!.Hits, h => h.Key == named.Key);
        }
        // Ids were written explicitly: a record added afterwards in the ordinary way must not collide with them.
        await Cli.OkAsync("generate", "--recommendations", "5", "--cases", "2", "--seed", "2", "--db", store.Db);
        await using (var db = store.Open())
        {
            db.Recommendations.Add(new Recommendation { Key = "added-later", Text = "Protect independent labour unions", Citations = [new Citation { SourceId = (await db.Sources.FirstAsync()).Id }] });
            await db.SaveChangesAsync();
            Assert.Equal(306, await db.Recommendations.CountAsync(r => r.Key.StartsWith("gen") || r.Key == "added-later"));
            Assert.Contains((await SearchEngine.SearchAsync(db, "labour unions", limit: 100)).Results!.Hits, h => h.Key == "added-later");
            // The insert trigger the bulk load made again indexes the kind too: a kind filter finds the new record.
            Assert.Contains((await SearchEngine.SearchAsync(db, "labour unions", new SearchFilters(Kind: "recommendation"), limit: 100)).Results!.Hits, h => h.Key == "added-later");
        }
    }

    [Fact]
    public async Task The_same_seed_makes_the_same_records_over_many_batches_each_built_while_the_one_before_is_written()
    {
        using var first = TempStore.Create(StoreKind.Sqlite);
        using var second = TempStore.Create(StoreKind.Sqlite);
        var count = (SyntheticFill.BulkBatchSize * 2 + 3).ToString(CultureInfo.InvariantCulture);

        await Cli.OkAsync("generate", "--recommendations", count, "--cases", "30", "--rounds", "40", "--db", first.Db);
        await Cli.OkAsync("generate", "--recommendations", count, "--cases", "30", "--rounds", "40", "--db", second.Db);

        var exported = (await Cli.OkAsync("export", "--db", first.Db)).Out;
        Assert.Contains("gen1-rec-0040003", exported);
        Assert.Equal(exported, (await Cli.OkAsync("export", "--db", second.Db)).Out);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_generate_killed_midway_keeps_whole_batches_each_audited_and_found_by_search_and_search_keeps_working(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        using (var process = ParleyProcess.Start("generate", "--recommendations", "400000", "--db", store.Db))
        {
            // SIGKILL as soon as the first batch is committed: the second is then being written.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!await BatchCommittedAsync() && waited.Elapsed < TimeSpan.FromMinutes(3) && !process.Process.HasExited) await Task.Delay(50);
            Assert.True(await process.KillAfterAsync(TimeSpan.Zero), "generate finished before it could be killed");
        }

        await using var db = store.Open();
        var kept = await db.Recommendations.CountAsync(r => r.Key.StartsWith("gen1-"));
        Assert.True(kept is > 0 and < 400_000);
        Assert.Equal(0, kept % SyntheticFill.BulkBatchSize);
        var audited = await db.AuditEntries.Where(a => a.Origin == "generate" && a.Kind == "Recommendation").Select(a => a.After!).ToListAsync();
        Assert.Equal(kept, audited.Sum(after => JsonDocument.Parse(after).RootElement.GetProperty("Count").GetInt32()));
        Assert.Equal(kept, await db.Set<SearchEntry>().CountAsync(e => e.Kind == "recommendation" && e.RecordKey.StartsWith("gen1-")));
        var unions = await SearchEngine.SearchAsync(db, "labour unions", new SearchFilters(Kind: "recommendation"));
        Assert.Equal(await db.Recommendations.CountAsync(r => r.Text.Contains("labour") && r.Text.Contains("unions")), unions.Results!.Total);
        // The index is kept in step by the ordinary path again afterwards: a record added now is found.
        db.Recommendations.Add(new Recommendation { Key = "added-after-crash", Text = "Protect the xylophonists' union", Citations = [new Citation { SourceId = (await db.Sources.FirstAsync()).Id }] });
        await db.SaveChangesAsync();
        Assert.Contains((await SearchEngine.SearchAsync(db, "xylophonists")).Results!.Hits, h => h.Key == "added-after-crash");

        async Task<bool> BatchCommittedAsync()
        {
            await using var poll = store.Open();
            return await poll.AuditEntries.AnyAsync(a => a.Origin == "generate" && a.Kind == "Recommendation");
        }
    }

    [Fact]
    public async Task Generating_twice_with_the_same_seed_is_refused()
    {
        using var store = TempStore.Create(StoreKind.Sqlite);
        await Cli.OkAsync("generate", "--recommendations", "5", "--db", store.Db);

        var run = await Cli.RunAsync("generate", "--recommendations", "5", "--db", store.Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains("already holds records generated with seed 1", run.Error);
    }
}
