using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Api;

/// <summary>
/// A record read through the API says how old it is (asOf: its newest dated source) and, for a round being prepared,
/// whether that is older than the last round held before it; the document can still be sent back as read.
/// </summary>
public class RecordAgeTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_record_says_as_of_its_newest_source_and_is_stale_until_a_source_newer_than_the_last_round_is_cited(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var editor = app.Client(app.Token("editor"));
        var created = await editor.PostAsync("/api/v1/commitments", Json("""
            { "key": "age-test", "title": "Hold talks", "party": "vn", "instrument": "none",
              "citations": [ { "source": "biden-2020-foreign-affairs", "locator": "p. 1" } ] }
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var plain = await ReadAsync(editor, "/api/v1/commitments/age-test");
        var old = await ReadAsync(editor, "/api/v1/commitments/age-test?round=human-rights-next");

        Assert.Equal("2020", plain.Doc["asOf"]!.GetValue<string>());
        Assert.Null(plain.Doc["stale"]);
        Assert.True(old.Doc["stale"]!.GetValue<bool>());
        var lastRound = old.Doc["lastRound"]!["date"]!.GetValue<string>();
        Assert.True(string.CompareOrdinal(lastRound, "2025-12-02") < 0, lastRound);

        // Sent back as read (with its age), plus a citation of a source newer than the last round.
        old.Doc["citations"]!.AsArray().Add(new JsonObject { ["source"] = "omct-2025-yqb", ["locator"] = "extradition" });
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/v1/commitments/age-test") { Content = Json(old.Doc.ToJsonString()) };
        put.Headers.IfMatch.Add(old.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(put)).StatusCode);

        var fresh = await ReadAsync(editor, "/api/v1/commitments/age-test?round=human-rights-next");
        Assert.Equal("2025-12-02", fresh.Doc["asOf"]!.GetValue<string>());
        Assert.False(fresh.Doc["stale"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/api/v1/commitments/age-test?round=nowhere")).StatusCode);
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<(JsonObject Doc, EntityTagHeaderValue? ETag)> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject(), response.Headers.ETag);
    }
}
