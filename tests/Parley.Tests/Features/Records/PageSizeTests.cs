using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;
using Xunit.Abstractions;

namespace Parley.Tests.Features.Records;

/// <summary>
/// With as many recommendations as the UN's UPR database holds (33,000), list, record and edit pages stay small:
/// a link to a recommendation is picked by typing, and a round or source cited by thousands lists the first and counts the rest.
/// </summary>
public class PageSizeTests(ITestOutputHelper output)
{
    private const int Recommendations = 33_000;
    private const int MaxBytes = 200 * 1024;

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task List_record_and_edit_pages_stay_under_200_KB_at_33000_recommendations(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        await Cli.OkAsync("generate", "--recommendations", Recommendations.ToString(CultureInfo.InvariantCulture), "--rounds", "3", "--db", store.Db);
        await using var app = await SignedInApp.StartAsync(store: store);
        var editor = app.Client(app.Token("editor"));

        string recommendation, round, commitment, source, word;
        await using (var db = store.Open())
        {
            Assert.True(await db.Recommendations.CountAsync() >= Recommendations);
            var first = await db.Recommendations.OrderBy(r => r.Key).FirstAsync();
            recommendation = first.Key;
            word = first.Text.Split(' ').First(w => w.Length > 5);
            round = await db.Rounds.Where(r => db.Recommendations.Count(x => x.RoundId == r.Id) > 1000).Select(r => r.Key).FirstAsync();
            commitment = await db.Commitments.OrderBy(c => c.Key).Select(c => c.Key).FirstAsync();
            source = await db.Sources.OrderByDescending(s => db.Set<Parley.Domain.Recommendation>().Count(r => r.Citations.Any(c => c.SourceId == s.Id)))
                .Select(s => s.Key).FirstAsync();
        }

        string[] pages =
        [
            "/records/recommendations", "/records/recommendations?page=500", "/records/recommendations?response=Noted&sort=date&dir=desc",
            $"/records/recommendations?q={Uri.EscapeDataString(word)}",
            $"/records/recommendations/{recommendation}", $"/records/recommendations/{recommendation}/edit", "/records/recommendations/new",
            $"/records/commitments/{commitment}/edit", "/records/commitments/new", $"/records/rounds/{round}", $"/records/rounds/{round}/edit",
            $"/records/sources/{source}",
        ];
        foreach (var page in pages)
        {
            var clock = Stopwatch.StartNew();
            var bytes = await editor.GetByteArrayAsync(page);
            output.WriteLine($"{kind} {page}: {bytes.Length / 1024.0:F1} KB in {clock.ElapsedMilliseconds} ms");
            Assert.True(bytes.Length < MaxBytes, $"{page} is {bytes.Length:N0} bytes, over {MaxBytes:N0}");
        }

        // The commitment's recommendation is picked by typing: the server answers a few matches, not every recommendation.
        var edit = await editor.GetStringAsync($"/records/commitments/{commitment}/edit");
        Assert.Contains("class=\"typeahead\"", edit);
        Assert.Contains("data-lookup=\"/records/recommendations?handler=lookup\"", edit);
        using var found = JsonDocument.Parse(await editor.GetStringAsync($"/records/recommendations?handler=lookup&q={Uri.EscapeDataString(word)}"));
        var matches = found.RootElement.EnumerateArray().ToList();
        Assert.InRange(matches.Count, 1, 20);
        Assert.All(matches, m => Assert.Contains(word, m.GetProperty("label").GetString()!, StringComparison.OrdinalIgnoreCase));
        var byKey = JsonDocument.Parse(await editor.GetStringAsync($"/records/recommendations?handler=lookup&q={recommendation}"));
        Assert.Equal(recommendation, byKey.RootElement[0].GetProperty("key").GetString());
    }
}
