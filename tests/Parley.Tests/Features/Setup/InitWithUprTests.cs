using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Setup;

/// <summary>`parley init --with upr`: the UPR Info session files loaded in one command, and a clear refusal when they are missing.</summary>
public class InitWithUprTests
{
    [Fact]
    public async Task Init_with_upr_loads_all_session_files_with_progress_and_a_second_run_adds_nothing()
    {
        using var store = new TempStore();
        var folder = SharedFolder.Path("data", "upr-info-2008-2014");

        var run = await Cli.OkAsync("init", "--with", "upr", "--upr-data", folder, "--db", store.Path);

        Assert.Contains("Loaded 33082 UPR recommendations", run.Out);
        Assert.Contains("sessions-14-17.csv: 9598 recommendation(s) added", run.Error);
        Assert.Matches(@"writing\s+100%", run.Error);
        await using (var db = store.Open())
        {
            Assert.Equal(33082, await db.Recommendations.CountAsync(r => r.Mechanism == "UPR"));
            Assert.Equal(172, await db.Recommendations.CountAsync(r => r.Mechanism == "UPR" && r.ToParty!.Key == "vn"));
            Assert.True(await db.Rounds.AnyAsync(r => r.Key == "human-rights-28"), "the bundled data set is loaded too");
        }

        var again = await Cli.OkAsync("init", "--with", "upr", "--upr-data", folder, "--db", store.Path);

        Assert.Contains("already loaded; nothing added", again.Out);
        await using var after = store.Open();
        Assert.Equal(33082, await after.Recommendations.CountAsync(r => r.Mechanism == "UPR"));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Init_with_upr_reads_the_folder_given_by_the_environment_variable(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        var folder = Directory.CreateDirectory(store.File("upr")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "sessions-01-01.csv"),
            "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r" +
            "Viet Nam,Asia,ASEAN,Abolish the death penalty,Italy,WEOG,EU,Noted,5,Death penalty,5\r");
        Environment.SetEnvironmentVariable("PARLEY_UPR_DATA", folder);
        try
        {
            var run = await Cli.OkAsync("init", "--with", "upr", "--db", store.Db);
            Assert.Contains("Loaded 1 UPR recommendations", run.Out);
        }
        finally { Environment.SetEnvironmentVariable("PARLEY_UPR_DATA", null); }
        await using var db = store.Open();
        var row = await db.Recommendations.Include(r => r.IssueAreas).SingleAsync(r => r.Mechanism == "UPR");
        Assert.Equal(RecommendationResponse.Noted, row.Response);
        Assert.Equal(["death-penalty"], row.IssueAreas.Select(a => a.Key).ToArray());
    }

    [Fact]
    public async Task Init_with_upr_and_no_files_names_the_folder_and_creates_no_store()
    {
        using var store = new TempStore();
        var empty = Directory.CreateDirectory(store.File("nothing-here")).FullName;

        var run = await Cli.RunAsync("init", "--with", "upr", "--upr-data", empty, "--db", store.Path);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("no UPR Info session files", run.Error);
        Assert.Contains(empty, run.Error);
        Assert.False(File.Exists(store.Path));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task After_loading_the_upr_data_the_store_has_statistics_for_the_query_planner(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        var folder = Directory.CreateDirectory(store.File("upr")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "sessions-02-02.csv"),
            "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r" +
            "Viet Nam,Asia,ASEAN,Abolish the death penalty,Italy,WEOG,EU,Noted,5,Death penalty,2\r" +
            "Viet Nam,Asia,ASEAN,Ratify the Convention against Torture,Chile,GRULAC,,Supported,4,Torture and other CID treatment,2\r");

        await Cli.OkAsync("init", "--with", "upr", "--upr-data", folder, "--db", store.Db);

        // Without statistics SQLite guesses every table's size and every index's selectivity, and PostgreSQL plans a
        // freshly loaded table as if it were empty.
        await using var db = store.Open();
        var sql = kind == StoreKind.Sqlite
            ? """SELECT count(*) AS "Value" FROM sqlite_stat1 WHERE tbl = 'Recommendations'"""
            : """SELECT count(*)::int AS "Value" FROM pg_stats WHERE tablename = 'Recommendations'""";
        Assert.True(await db.Database.SqlQueryRaw<int>(sql).SingleAsync() > 0, "no planner statistics for the recommendations");
        Assert.Equal(2, await db.Recommendations.CountAsync(r => r.Mechanism == "UPR"));
        Assert.Contains("Ratify the Convention against Torture", (await Cli.OkAsync("search", "convention torture", "--db", store.Db)).Out);
    }
}
