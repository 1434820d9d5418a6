using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Store;

/// <summary>
/// A process killed outright (SIGKILL) in the middle of an import, a bulk update, a migration to another store or a
/// schema upgrade leaves the store exactly before or exactly after, never in between, and the next run carries on.
/// </summary>
public class CrashSafetyTests
{
    [Fact]
    public async Task An_import_killed_at_random_moments_leaves_the_store_before_or_after_never_between()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var document = store.File("many.json");
        await File.WriteAllTextAsync(document, ManyRecommendations(4000));

        var outcomes = await KillAtRandomAsync(store, store.Path, 6, 20261123, target => ["import", document, "--db", target]);

        Assert.Contains("before", outcomes);
    }

    [Fact]
    public async Task A_upr_bulk_update_killed_at_random_moments_changes_every_response_or_none()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var original = SharedFolder.Path("data", "upr-info-2008-2014", "sessions-01-05.csv");
        await Cli.OkAsync("import", original, "--db", store.Path);
        // The same rows with every accepted recommendation now noted: a bulk edit of thousands of records.
        var changed = store.File("sessions-01-05-noted.csv");
        var bytes = await File.ReadAllBytesAsync(original);
        await File.WriteAllBytesAsync(changed, Replace(bytes, ",Accepted,"u8.ToArray(), ",Noted,"u8.ToArray()));

        var outcomes = await KillAtRandomAsync(store, store.Path, 4, 8, target => ["import", changed, "--update", "--db", target]);

        Assert.Contains("before", outcomes);
    }

    [Fact]
    public async Task A_schema_upgrade_killed_at_random_moments_reopens_and_ends_upgraded_with_every_record()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "release-1.db");
        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "release-1.json"));
        using var folder = new TempStore();
        var random = new Random(1);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var target = folder.File($"upgrade-{attempt}.db");
            File.Copy(fixture, target);
            using (var process = ParleyProcess.Start("init", "--db", target))
                await process.KillAfterAsync(TimeSpan.FromMilliseconds(random.Next(200, 4000)));

            // Opening it again finishes the upgrade, whatever the kill interrupted.
            var reopened = await Cli.OkAsync("init", "--db", target);
            Assert.DoesNotContain("Loaded", reopened.Out);
            Assert.Equal(expected, (await Cli.OkAsync("export", "--db", target)).Out);
            Assert.Contains("hoang-thi-minh-hong", (await Cli.OkAsync("search", "Hoang Thi Minh Hong", "--db", target)).Out);
        }
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_migration_killed_at_random_moments_leaves_the_target_empty_or_complete_and_a_rerun_finishes_it(StoreKind kind)
    {
        using var source = new TempStore();
        await Cli.OkAsync("init", "--db", source.Path);
        var document = source.File("many.json");
        await File.WriteAllTextAsync(document, ManyRecommendations(3000));
        await Cli.OkAsync("import", document, "--db", source.Path);
        var whole = (await Cli.OkAsync("export", "--db", source.Path)).Out;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var random = new Random(kind == StoreKind.Sqlite ? 11 : 12);
        var outcomes = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var target = TempStore.Create(kind);
            using (var process = ParleyProcess.Start("migrate", "--from", source.Path, "--to", target.Db))
                await process.KillAfterAsync(TimeSpan.FromMilliseconds(random.Next(500, 9000)));

            var complete = !await target.IsMissingAsync() && await HoldsRecordsAsync(target);
            if (complete)
            {
                Assert.Equal(whole, (await Cli.OkAsync("export", "--db", target.Db)).Out);
                var again = await Cli.RunAsync("migrate", "--from", source.Path, "--to", target.Db);
                Assert.Equal(1, again.Exit);
                Assert.Contains("already holds records", again.Error);
            }
            else
            {
                // Nothing half-copied: running migrate again is the way on, and it completes the copy.
                await Cli.OkAsync("migrate", "--from", source.Path, "--to", target.Db);
                Assert.Equal(whole, (await Cli.OkAsync("export", "--db", target.Db)).Out);
            }
            outcomes.Add(complete ? "after" : "before");
        }
        Assert.Contains("before", outcomes);
    }

    /// <summary>
    /// Runs the command on fresh copies of <paramref name="storePath"/>, SIGKILLed after a random delay, and checks each
    /// copy exports exactly as before the command or exactly as after a run left alone. Returns "before"/"after" per run.
    /// </summary>
    private static async Task<List<string>> KillAtRandomAsync(TempStore store, string storePath, int attempts, int seed, Func<string, string[]> command)
    {
        var before = (await Cli.OkAsync("export", "--db", storePath)).Out;
        // Closing pooled connections folds the write-ahead log into the file, so a file copy is the whole store.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var copy = store.File("after.db");
        File.Copy(storePath, copy);
        await Cli.OkAsync(command(copy));
        var after = (await Cli.OkAsync("export", "--db", copy)).Out;
        Assert.NotEqual(before, after);

        var random = new Random(seed);
        var outcomes = new List<string>();
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var target = store.File($"crash-{attempt}.db");
            File.Copy(storePath, target);
            using (var process = ParleyProcess.Start(command(target)))
                await process.KillAfterAsync(TimeSpan.FromMilliseconds(random.Next(300, 5000)));

            var state = (await Cli.OkAsync("export", "--db", target)).Out;
            Assert.True(state == before || state == after, $"attempt {attempt}: the store is neither before nor after");
            outcomes.Add(state == before ? "before" : "after");
        }
        return outcomes;
    }

    /// <summary>A copy counts as there once the schema is complete and anything at all was written into it.</summary>
    private static async Task<bool> HoldsRecordsAsync(TempStore store)
    {
        await using var db = store.Open();
        if ((await db.Database.GetPendingMigrationsAsync()).Any()) return false;
        return await db.Parties.AnyAsync() || await db.AuditEntries.AnyAsync();
    }

    private static byte[] Replace(byte[] bytes, byte[] find, byte[] with)
    {
        var result = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes.AsSpan(i).StartsWith(find)) { result.AddRange(with); i += find.Length; }
            else result.Add(bytes[i++]);
        }
        return [.. result];
    }

    private static string ManyRecommendations(int count)
    {
        var json = new StringBuilder("{\"format\":\"parley\",\"version\":1,\"recommendations\":[");
        for (var i = 0; i < count; i++)
            json.Append(i == 0 ? "" : ",").Append($"{{\"key\":\"crash-{i:D5}\",\"text\":\"Recommendation {i} on freedom of expression\",\"response\":\"noted\",\"from\":\"us\",\"to\":\"vn\",\"issueAreas\":[\"freedom-of-expression\"]}}");
        return json.Append("]}").ToString();
    }
}
