using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Records;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>A kind too large to list in memory is paged and filtered by the database: the right records, in key order.</summary>
public class LargeListTests
{
    public static List<string> Keys(string html) => RowsOf(html, "recommendations");

    /// <summary>The records a list page shows, by key, in order.</summary>
    public static List<string> RowsOf(string html, string kind) =>
        Regex.Matches(html, "<td><a href=\"/records/" + kind + "/([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_large_kind_pages_and_filters_in_the_database_and_says_what_it_cannot_sort(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        var count = RecordKind<Recommendation>.InMemoryLimit + 100;
        await Cli.OkAsync("generate", "--recommendations", count.ToString(CultureInfo.InvariantCulture), "--rounds", "2", "--db", store.Db);
        await using var app = await SignedInApp.StartAsync(store: store);
        var http = app.Client(app.Token("viewer"));

        List<string> expectedAll, expectedNoted;
        int noted;
        await using (var db = store.Open())
        {
            expectedAll = await db.Recommendations.OrderBy(r => r.Key).Select(r => r.Key).Skip(50).Take(25).ToListAsync();
            var notedQuery = db.Recommendations.Where(r => r.Response == RecommendationResponse.Noted).OrderBy(r => r.Key);
            noted = await notedQuery.CountAsync();
            expectedNoted = await notedQuery.Select(r => r.Key).Skip(75).Take(25).ToListAsync();
        }

        var third = await http.GetStringAsync("/records/recommendations?page=3");
        var filtered = await http.GetStringAsync("/records/recommendations?response=Noted&round=&page=4");
        var unsortable = await http.GetStringAsync("/records/recommendations?sort=to");

        Assert.Equal(expectedAll, Keys(third));
        Assert.Equal(expectedNoted, Keys(filtered));
        Assert.Contains($"{noted} recommendations, page 4 of {(noted + 24) / 25}", filtered);
        Assert.DoesNotContain("too many to load here", third);
        Assert.Contains("does not filter or sort by that column", unsortable);

        // The filter choices are kept between pages, but only until the store changes: a round planned now is offered.
        using var editor = app.Client(app.Token("editor"));
        var created = await editor.PostAsync("/api/v1/rounds", new StringContent("""
            { "key": "hrd-planned-later", "channel": "human-rights", "title": "Planned later", "status": "planned" }
            """, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("<option value=\"hrd-planned-later\"", await http.GetStringAsync("/records/recommendations?page=3"));
    }
}
