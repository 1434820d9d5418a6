using System.Net;
using System.Text.Json;
using Parley.Features.Setup;
using Parley.Tests.Support;

namespace Parley.Tests.Features.PartyUpr;

/// <summary>A party's UPR record, after an import, on its page and in the API.</summary>
public class PartyUprTests
{
    private const string Upr = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n" +
        "Viet Nam,Asia,ASEAN,Ratify the ILO core conventions,Sweden,WEOG,EU,Noted,5,Labour,5\n" +
        "Viet Nam,Asia,ASEAN,Continue poverty reduction,Laos,Asia,ASEAN,Accepted,3,Poverty,5\n" +
        "Viet Nam,Asia,ASEAN,Abolish the death penalty,Sweden,WEOG,EU,Noted,5,Death penalty,18\n" +
        "Sweden,WEOG,EU,Strengthen protection against trafficking,Viet Nam,Asia,ASEAN,Accepted,4,Trafficking,8\n";

    [Fact]
    public async Task The_page_and_api_count_recommendations_received_and_made_by_cycle_and_response()
    {
        var store = new TempStore();
        await StoreSetup.EnsureReadyAsync(store.Location);
        var file = store.File("upr.csv");
        await File.WriteAllTextAsync(file, Upr);
        await Cli.OkAsync("import", file, "--db", store.Path);
        await using var app = await SignedInApp.StartAsync(store: store);
        using var http = await app.SignInAsync("viewer");

        var html = await http.GetStringAsync("/parties/vn/upr");
        using var json = JsonDocument.Parse(await http.GetStringAsync("/api/v1/parties/vn/upr"));

        Assert.Contains("Vietnam in the Universal Periodic Review", html);
        Assert.Matches(@"<td>Cycle 1</td>\s*<td class=""num"">1</td>\s*<td class=""num"">1</td>\s*<td class=""num"">2</td>", html);
        Assert.Matches(@"<td>Cycle 2</td>\s*<td class=""num"">0</td>\s*<td class=""num"">1</td>\s*<td class=""num"">1</td>", html);
        var received = json.RootElement.GetProperty("received").EnumerateArray()
            .Select(t => (t.GetProperty("cycle").GetInt32(), t.GetProperty("response").GetString(), t.GetProperty("count").GetInt32())).ToList();
        Assert.Equal([(1, "accepted", 1), (1, "noted", 1), (2, "noted", 1)], received);
        var made = json.RootElement.GetProperty("made").EnumerateArray().Single();
        Assert.Equal("accepted", made.GetProperty("response").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/v1/parties/atlantis/upr")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/parties/atlantis/upr")).StatusCode);
    }
}
