using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Parley.Tests.Features.Records;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Dashboard;

/// <summary>Every count on the dashboard links to a list showing exactly that many rows.</summary>
public partial class DashboardCountLinkTests
{
    // A count in the cell after a linked label (kinds held, cases by status).
    [GeneratedRegex("""<a href="(?<href>/records/[^"]+)">[^<]*</a></td>\s*<td class="num">(?<count>[\d,]+)</td>""")]
    private static partial Regex CountAfterLink();

    // A count that is itself the link (records without a source).
    [GeneratedRegex("""<a href="(?<href>/records/[^"]+)">(?<count>[\d,]+)</a>""")]
    private static partial Regex CountAsLink();

    // A linked heading with its count beside it (the unsourced records of a kind).
    [GeneratedRegex("""<h3><a href="(?<href>/records/[^"]+)">[^<]*</a> <span class="muted">\((?<count>[\d,]+)\)</span>""")]
    private static partial Regex CountAfterHeading();

    // A linked issue area with the number of accepted recommendations after it (the UN review panel's gaps).
    [GeneratedRegex("""<a href="(?<href>/records/recommendations\?[^"]+)">[^<]*</a>: (?<count>[\d,]+) """)]
    private static partial Regex CountAfterArea();

    private const string Upr = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n" +
        "Viet Nam,Asia,ASEAN,Guarantee freedom of association for workers,Sweden,WEOG,EU,Accepted,5,Labour,18\n" +
        "Viet Nam,Asia,ASEAN,Bring the labour code in line with ILO standards,Norway,WEOG,,Accepted,4,Labour,18\n" +
        "Viet Nam,Asia,ASEAN,Prevent torture in detention,Denmark,WEOG,EU,Accepted,4,Torture,18\n" +
        "Viet Nam,Asia,ASEAN,Ratify ILO convention 87,France,WEOG,EU,Noted,5,Labour,18\n" +
        "Viet Nam,Asia,ASEAN,Continue labour reform,Laos,Asia,ASEAN,Accepted,3,Labour,5\n" +
        // Viet Nam recommending to another state in the same cycle and area: not among what Viet Nam accepted.
        "Laos,Asia,ASEAN,Protect workers,Viet Nam,Asia,ASEAN,Accepted,3,Labour,18\n";

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Every_count_on_the_dashboard_opens_a_list_of_exactly_that_many_rows(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("upr.csv");
        await File.WriteAllTextAsync(file, Upr);
        await Cli.OkAsync("import", file, "--db", store.Db);
        await using var app = await SignedInApp.StartAsync(store: store);
        using var http = app.Client(app.Token("admin"));
        // A round planned without a source, so the dashboard has records without a source to count.
        var created = await http.PostAsync("/api/v1/rounds", new StringContent("""
            { "key": "hrd-planned-later", "channel": "human-rights", "title": "Planned later", "status": "planned" }
            """, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var dashboard = await http.GetStringAsync("/");
        var links = new[] { CountAfterLink(), CountAsLink(), CountAfterHeading(), CountAfterArea() }
            .SelectMany(r => r.Matches(dashboard))
            .Select(m => (Href: WebUtility.HtmlDecode(m.Groups["href"].Value),
                Count: int.Parse(m.Groups["count"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)))
            .Distinct().ToList();

        // Kinds held, unsourced records, and the UN review panel's gaps are all there.
        Assert.Contains(links, l => l.Href == "/records/recommendations");
        Assert.Contains(links, l => l.Href.EndsWith("?unsourced=1", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Href.Contains("issue-area=", StringComparison.Ordinal));
        foreach (var (href, count) in links)
        {
            var list = await http.GetStringAsync(href);
            Assert.True(count == FacetCountTests.TotalOf(list), $"The dashboard says {count} for {href}; the list shows {FacetCountTests.TotalOf(list)}");
        }
    }
}
