using Microsoft.EntityFrameworkCore;
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
        Assert.Equal(60, await db.AuditEntries.CountAsync(a => a.Kind == "Recommendation" && a.RecordKey.StartsWith("gen1-") && a.Origin == "generate"));
        var cases = await SearchEngine.SearchAsync(db, "arrested", new SearchFilters(Kind: "case"));
        Assert.Equal(10, cases.Results!.Facets["kind"].Single().Count);
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
