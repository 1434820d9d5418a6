using Parley.Features.Dashboard;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Dashboard;

/// <summary>The dashboard's "UN review recommendations" panel over an imported UPR file.</summary>
public class UprReviewTests
{
    private const string Upr = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n" +
        "Viet Nam,Asia,ASEAN,Guarantee freedom of association for workers,Sweden,WEOG,EU,Accepted,5,Labour,18\n" +
        "Viet Nam,Asia,ASEAN,Bring the labour code in line with ILO standards,Norway,WEOG,,Accepted,4,Labour,18\n" +
        "Viet Nam,Asia,ASEAN,Prevent torture in detention,Denmark,WEOG,EU,Accepted,4,Torture,18\n" +
        "Viet Nam,Asia,ASEAN,Ratify ILO convention 87,France,WEOG,EU,Noted,5,Labour,18\n" +
        "Viet Nam,Asia,ASEAN,Continue labour reform,Laos,Asia,ASEAN,Accepted,3,Labour,5\n" +
        "Laos,Asia,ASEAN,Protect workers,Viet Nam,Asia,ASEAN,Accepted,3,Labour,18\n" +
        // A pledge of the next cycle, before any answer in it: the panel stays on the cycle answered last.
        "Viet Nam,Asia,ASEAN,Pledge to report on trade union reform,(Unknown),,,Voluntary Pledge,,Labour,32\n";

    private static async Task<TempStore> ImportedAsync(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("upr.csv");
        await File.WriteAllTextAsync(file, Upr);
        await Cli.OkAsync("import", file, "--db", store.Db);
        return store;
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_party_under_review_shows_received_and_its_latest_cycle_answers_and_accepted_areas_without_an_open_commitment(StoreKind kind)
    {
        using var store = await ImportedAsync(kind);
        await using var db = store.Open();

        var review = await UprReview.QueryAsync(db);

        // Only the channels' parties are under review here: Laos received one but is in no channel.
        var vietnam = Assert.Single(review);
        Assert.Equal(("vn", 6, 2, 3, 1), (vietnam.Key, vietnam.Received, vietnam.LatestCycle, vietnam.Accepted, vietnam.Noted));
        // Labour: both labour commitments are closed (fulfilled, lapsed), so the two accepted in cycle 2 are a gap.
        // Torture sits under civil-political, where the 2023 partnership commitment is open: no gap.
        var gap = Assert.Single(vietnam.Gaps);
        Assert.Equal(("labour-rights", 2), (gap.AreaKey, gap.Accepted));
    }

    [Fact]
    public async Task The_dashboard_shows_the_panel_with_links_to_the_party_and_the_gap()
    {
        await using var app = await SignedInApp.StartAsync(store: await ImportedAsync(StoreKind.Sqlite));
        using var http = await app.SignInAsync("viewer");

        var page = await http.GetStringAsync("/");

        Assert.Contains("UN review recommendations", page);
        Assert.Matches(@"<a href=""/parties/vn/upr"">Vi[^<]*</a></td>\s*<td class=""num"">6</td>\s*<td class=""num"">2</td>\s*<td class=""num"">3</td>\s*<td class=""num"">1</td>", page);
        Assert.Contains("href=\"/records/recommendations?to=vn&amp;issue-area=labour-rights&amp;response=Accepted&amp;cycle=2\"", page);
    }

    [Fact]
    public async Task The_panel_counts_recommendations_imported_after_it_was_first_shown()
    {
        await using var app = await SignedInApp.StartAsync(store: await ImportedAsync(StoreKind.Sqlite));
        using var http = await app.SignInAsync("viewer");
        Assert.Matches(@"<a href=""/parties/vn/upr"">Vi[^<]*</a></td>\s*<td class=""num"">6</td>", await http.GetStringAsync("/"));

        var more = app.Store.File("upr-more.csv");
        await File.WriteAllTextAsync(more, Upr[..(Upr.IndexOf('\n') + 1)]
            + "Viet Nam,Asia,ASEAN,Allow independent trade unions,Finland,WEOG,EU,Accepted,5,Labour,18\n");
        await Cli.OkAsync("import", more, "--db", app.Store.Db);

        // The figures are kept between views, but only until the store changes: the next view counts the import.
        var page = await http.GetStringAsync("/");
        Assert.Matches(@"<a href=""/parties/vn/upr"">Vi[^<]*</a></td>\s*<td class=""num"">7</td>\s*<td class=""num"">2</td>\s*<td class=""num"">4</td>\s*<td class=""num"">1</td>", page);
        Assert.Contains("Labour rights</a>: 3 accepted recommendation(s)", page);
    }

    [Fact]
    public async Task Without_imported_reviews_the_panel_points_to_the_import_page()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = await app.SignInAsync("viewer");

        var page = await http.GetStringAsync("/");

        Assert.Contains("No UN Universal Periodic Review recommendations to the channels' parties are stored.", System.Net.WebUtility.HtmlDecode(page));
    }
}
