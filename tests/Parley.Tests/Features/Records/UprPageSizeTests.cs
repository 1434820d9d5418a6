using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;
using Xunit.Abstractions;

namespace Parley.Tests.Features.Records;

/// <summary>
/// With the UPR Info files loaded (33,000 real recommendations beside the bundled data), the pages a desk officer
/// opens most stay under 200 KB of HTML: the list, a recommendation and its edit form, the source that thousands of
/// recommendations cite, and a search for a word that thousands hold.
/// </summary>
[Collection(UprData.Name)]
public class UprPageSizeTests(UprStores upr, ITestOutputHelper output)
{
    private const int MaxBytes = 200 * 1024;

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task List_detail_edit_source_and_search_pages_stay_under_200_KB_with_the_UPR_data(StoreKind kind)
    {
        var app = await upr.AppAsync(kind);
        var store = app.Store;
        var editor = app.Client(app.Token("editor"));

        string recommendation, source;
        await using (var db = store.Open())
        {
            recommendation = await db.Recommendations.Where(r => r.Mechanism == "UPR").OrderBy(r => r.Key).Select(r => r.Key).FirstAsync();
            source = await db.Sources.OrderByDescending(s => db.Set<Parley.Domain.Recommendation>().Count(r => r.Citations.Any(c => c.SourceId == s.Id)))
                .Select(s => s.Key).FirstAsync();
            var citing = await db.Recommendations.CountAsync(r => r.Citations.Any(c => c.Source.Key == source));
            output.WriteLine($"{kind}: {await db.Recommendations.CountAsync():N0} recommendations; {source} is cited by {citing:N0}");
            Assert.True(citing > 1000, $"the most cited source, {source}, is cited by only {citing} recommendations");
        }

        string[] pages =
        [
            "/records/recommendations", $"/records/recommendations/{recommendation}", $"/records/recommendations/{recommendation}/edit",
            $"/records/sources/{source}", "/search?q=rights",
        ];
        foreach (var page in pages)
        {
            var clock = Stopwatch.StartNew();
            var response = await editor.GetAsync(page);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            output.WriteLine($"{kind} {page}: {(int)response.StatusCode}, {bytes.Length / 1024.0:F1} KB in {clock.ElapsedMilliseconds} ms");
            Assert.True(response.IsSuccessStatusCode, $"{page} answered {(int)response.StatusCode}");
            Assert.True(bytes.Length < MaxBytes, $"{page} is {bytes.Length:N0} bytes, over {MaxBytes:N0}");
        }
        // The edit form offers no record as an option: its links are picked by typing.
        Assert.DoesNotContain("<option value=\"upr-", await editor.GetStringAsync($"/records/recommendations/{recommendation}/edit"));
    }
}
