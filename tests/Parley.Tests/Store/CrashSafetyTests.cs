using System.Text;
using Parley.Tests.Support;

namespace Parley.Tests.Store;

/// <summary>A process killed outright in the middle of an import leaves the store exactly before or exactly after.</summary>
public class CrashSafetyTests
{
    [Fact]
    public async Task An_import_killed_at_random_moments_leaves_the_store_before_or_after_never_between()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var document = store.File("many.json");
        await File.WriteAllTextAsync(document, ManyRecommendations(4000));
        var before = (await Cli.OkAsync("export", "--db", store.Path)).Out;
        // Closing pooled connections folds the write-ahead log into the file, so a file copy is the whole store.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var copy = store.File("after.db");
        File.Copy(store.Path, copy);
        await Cli.OkAsync("import", document, "--db", copy);
        var after = (await Cli.OkAsync("export", "--db", copy)).Out;

        var random = new Random(20261123);
        var outcomes = new List<string>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var target = store.File($"crash-{attempt}.db");
            File.Copy(store.Path, target);
            using var process = ParleyProcess.Start("import", document, "--db", target);
            await process.KillAfterAsync(TimeSpan.FromMilliseconds(random.Next(300, 2500)));

            var state = (await Cli.OkAsync("export", "--db", target)).Out;
            Assert.True(state == before || state == after, $"attempt {attempt}: the store is neither before nor after the import");
            outcomes.Add(state == before ? "before" : "after");
        }
        Assert.Contains("before", outcomes);
    }

    private static string ManyRecommendations(int count)
    {
        var json = new StringBuilder("{\"format\":\"parley\",\"version\":1,\"recommendations\":[");
        for (var i = 0; i < count; i++)
            json.Append(i == 0 ? "" : ",").Append($"{{\"key\":\"crash-{i:D5}\",\"text\":\"Recommendation {i} on freedom of expression\",\"response\":\"noted\",\"from\":\"us\",\"to\":\"vn\",\"issueAreas\":[\"freedom-of-expression\"]}}");
        return json.Append("]}").ToString();
    }
}
