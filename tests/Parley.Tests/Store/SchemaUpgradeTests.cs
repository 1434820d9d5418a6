using Microsoft.EntityFrameworkCore;
using Parley.Features.Import;
using Parley.Tests.Support;

namespace Parley.Tests.Store;

/// <summary>A store made by an earlier release opens with this one, is migrated, and keeps every record.</summary>
public class SchemaUpgradeTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task A_first_release_store_is_migrated_and_exports_exactly_what_it_held()
    {
        using var store = new TempStore();
        File.Copy(Fixture("release-1.db"), store.Path);

        var init = await Cli.OkAsync("init", "--db", store.Path);
        var export = await Cli.OkAsync("export", "--db", store.Path);

        // Every migration after the first release's Initial one.
        await using (var db = store.Open())
            Assert.Contains($"Applied {db.Database.GetMigrations().Count() - 1} migration(s)", init.Out);
        Assert.DoesNotContain("Loaded", init.Out);
        Assert.Equal(await File.ReadAllTextAsync(Fixture("release-1.json")), export.Out);
    }

    [Fact]
    public async Task An_upgrade_left_marked_as_running_by_a_killed_process_is_finished_by_the_next_start()
    {
        using var store = new TempStore();
        File.Copy(Fixture("release-1.db"), store.Path);
        // What EF Core leaves when the process dies mid-upgrade: its "migrating" mark, never removed.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-23 12:00:00+00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }

        // Without the fix EF Core waits for the mark for ever; two minutes stands for "never" here.
        var init = await Cli.OkAsync("init", "--db", store.Path).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Contains("Applied", init.Out);
        Assert.Equal(await File.ReadAllTextAsync(Fixture("release-1.json")), (await Cli.OkAsync("export", "--db", store.Path)).Out);
    }

    [Fact]
    public async Task The_upgraded_store_can_be_searched_at_once()
    {
        using var store = new TempStore();
        File.Copy(Fixture("release-1.db"), store.Path);
        await Cli.OkAsync("init", "--db", store.Path);

        var found = await Cli.OkAsync("search", "Hoang Thi Minh Hong", "--db", store.Path);

        Assert.Contains("hoang-thi-minh-hong", found.Out);
    }

    [Fact]
    public async Task The_upgraded_store_holds_the_shipped_upr_issue_mapping()
    {
        using var store = new TempStore();
        File.Copy(Fixture("release-1.db"), store.Path);
        await Cli.OkAsync("init", "--db", store.Path);

        await using var db = store.Open();
        var labels = await db.IssueLabelMappings.AsNoTracking().ToDictionaryAsync(m => m.Key, m => m.Areas);
        Assert.Equal(ImportMapping.UprDefault().Issues.Keys.Order(), labels.Keys.Order());
        Assert.Equal(["labour-rights"], labels["Labour"]);
    }
}
