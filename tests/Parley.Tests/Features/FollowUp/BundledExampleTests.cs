using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>
/// A new store shows what follow-up does: the bundled data set's example follow-ups are on the follow-up pages, in the due
/// list, in exports and in reports, and each says it is an illustration, not a recorded fact.
/// </summary>
public class BundledExampleTests
{
    private const string Marker = "Illustration, not a recorded fact";

    [Fact]
    public async Task A_fresh_default_store_shows_the_example_follow_ups_marked_as_illustrations_on_the_pages()
    {
        await using var app = await SignedInApp.StartAsync();
        List<(string Key, string Title)> examples;
        await using (var db = app.Store.Open())
            examples = [.. (await db.FollowUpAssignments.Where(a => a.Illustration).OrderBy(a => a.Key).Select(a => new { a.Key, a.Title }).ToListAsync())
                .Select(a => (a.Key, a.Title))];
        Assert.NotEmpty(examples);
        using var viewer = await app.SignInAsync("viewer");

        var index = WebUtility.HtmlDecode(await viewer.GetStringAsync("/follow-up"));
        foreach (var (key, title) in examples)
        {
            Assert.Contains($"/follow-up/assignments/{key}", index);
            Assert.Contains(title, index);
            var page = WebUtility.HtmlDecode(await viewer.GetStringAsync($"/follow-up/assignments/{key}"));
            Assert.Contains(Marker, page);
        }
        Assert.Contains($"({Marker})", index);

        using var vietnamese = await app.SignInAsync("viewer");
        vietnamese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi");
        var vi = WebUtility.HtmlDecode(await vietnamese.GetStringAsync($"/follow-up/assignments/{examples[0].Key}"));
        Assert.Contains("Minh họa, không phải sự kiện đã được ghi nhận", vi);
        var viIndex = WebUtility.HtmlDecode(await vietnamese.GetStringAsync("/follow-up"));
        Assert.Contains("<h1>Theo dõi giữa các phiên đối thoại</h1>", viIndex);
        Assert.Contains("(Minh họa, không phải sự kiện đã được ghi nhận)", viIndex);
        Assert.Contains("Cơ quan chủ trì", viIndex);
    }

    [Fact]
    public async Task The_example_is_marked_in_the_due_list_the_export_and_the_mid_term_report()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        HashSet<string> examples;
        await using (var db = store.Open()) examples = [.. await db.FollowUpAssignments.Where(a => a.Illustration).Select(a => a.Key).ToListAsync()];
        Assert.NotEmpty(examples);

        var due = JsonDocument.Parse((await Cli.OkAsync("follow-up", "due", "--json", "--db", store.Db)).Out).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(due);
        Assert.All(due.Where(d => examples.Contains(d.GetProperty("assignment").GetString()!)), d => Assert.True(d.GetProperty("illustration").GetBoolean()));

        var export = JsonDocument.Parse((await Cli.OkAsync("export", "--db", store.Db)).Out).RootElement.GetProperty("followUps").EnumerateArray()
            .Where(f => examples.Contains(f.GetProperty("key").GetString()!)).ToList();
        Assert.Equal(examples.Count, export.Count);
        Assert.All(export, f => Assert.True(f.GetProperty("illustration").GetBoolean()));
        // Every progress report of the example cites the public source it rests on.
        Assert.All(export.SelectMany(f => f.GetProperty("reports").EnumerateArray()), r => Assert.StartsWith("http", r.GetProperty("evidenceLink").GetString(), StringComparison.Ordinal));
    }
}
