using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Api;

/// <summary>
/// A recommendation read by key takes its own compiled read (the API's busiest read): it must answer exactly what the
/// export writes, with the version as ETag, on both stores.
/// </summary>
public class RecommendationByKeyTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_recommendation_reads_back_with_its_links_citations_and_version(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var editor = app.Client(app.Token("editor"));
        using var viewer = app.Client(app.Token("viewer"));
        var created = await editor.PostAsync("/api/v1/recommendations", new StringContent("""
            { "key": "rec-read-back", "text": "Release detained journalists.", "response": "noted", "from": "us", "to": "vn",
              "round": "human-rights-next", "issueAreas": [ "detention-due-process", "association-assembly" ],
              "citations": [ { "source": "seed-csis-2024", "locator": "p. 4" }, { "source": "oxfam-vn-workers-rights" } ] }
            """, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var read = await viewer.GetAsync("/api/v1/recommendations/rec-read-back");
        var doc = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(created.Headers.ETag, read.Headers.ETag);
        Assert.Equal("human-rights-next", doc["round"]!.GetValue<string>());
        Assert.Equal(["association-assembly", "detention-due-process"], doc["issueAreas"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(["oxfam-vn-workers-rights", "seed-csis-2024"], doc["citations"]!.AsArray().Select(c => c!["source"]!.GetValue<string>()));
        Assert.Equal("p. 4", doc["citations"]![1]!["locator"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/api/v1/recommendations/no-such-rec")).StatusCode);
    }
}
