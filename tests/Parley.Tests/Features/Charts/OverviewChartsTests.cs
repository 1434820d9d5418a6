using System.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Records;
using Parley.Tests.Support;
using Parley.Store;

namespace Parley.Tests.Features.Charts;

/// <summary>The record in charts through the running app: counts as in the store, each part a link to the list of its rows, cases only for readers who see them.</summary>
public class OverviewChartsTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_charts_count_what_the_store_holds_and_link_to_the_lists(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        (string Key, string Name, RecommendationResponse Response, int Count) largest;
        int commitmentsWithStatus, cycles;
        await using (var db = app.Store.Open())
        {
            var recommendations = await db.Recommendations.Include(r => r.IssueAreas).ToListAsync();
            largest = recommendations.SelectMany(r => r.IssueAreas.Select(a => (a.Key, a.Name, r.Response)))
                .GroupBy(x => x).Select(g => (g.Key.Key, g.Key.Name, g.Key.Response, g.Count())).OrderByDescending(x => x.Item4).First();
            var today = StoreClock.Today();
            commitmentsWithStatus = (await db.Commitments.Include(c => c.History).ToListAsync()).Count(c => c.History.Any(h => h.Date is { } d && d.Earliest <= today));
            cycles = recommendations.Where(r => r.Cycle is not null).Select(r => r.Cycle).Distinct().Count();
        }

        using var caseViewer = await app.SignInAsync(SignedInApp.CaseViewer);
        var page = WebUtility.HtmlDecode(await caseViewer.GetStringAsync("/charts"));
        var link = $"/records/recommendations?issue-area={largest.Key}&response={largest.Response}";
        Assert.Contains($"href=\"{link}\" aria-label=\"{largest.Name}, {EnumText.Of(largest.Response)}: {largest.Count}\"", page);
        Assert.Equal(HttpStatusCode.OK, (await caseViewer.GetAsync(link)).StatusCode);
        foreach (var id in new[] { "recommendations-by-area", "recommendations-by-cycle", "commitments-by-status", "cases-by-year", "risk-per-year" })
            Assert.Contains($"<figure class=\"chart\" id=\"{id}\">", page);
        Assert.Contains("href=\"/analyses/risk?year=", page);
        Assert.Contains("href=\"/records/cases?provision=", page);

        // This year's bar counts every commitment with a dated status, each under today's status.
        var thisYear = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var commitments = page[page.IndexOf("id=\"commitments-by-status\"", StringComparison.Ordinal)..];
        commitments = commitments[..commitments.IndexOf("</figure>", StringComparison.Ordinal)];
        Assert.Matches($"<th scope=\"row\"><a href=\"/records/commitments\">{thisYear}</a></th>(<td class=\"num\">.*?</td>)*<td class=\"num\">{commitmentsWithStatus}</td></tr>", commitments);
        if (cycles == 0) Assert.Contains("No recommendations to show.", page);

        using var viewer = await app.SignInAsync("viewer");
        var seenByViewer = await viewer.GetStringAsync("/charts");
        Assert.DoesNotContain("id=\"cases-by-year\"", seenByViewer);
        Assert.DoesNotContain("/records/cases", seenByViewer);
        Assert.Contains("href=\"/charts\"", await viewer.GetStringAsync("/analyses"));
    }
}
