using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Api;

public class RecordsApiTests(ApiAppFixture fixture) : IClassFixture<ApiAppFixture>
{
    private SignedInApp App => fixture.App;

    private const string NewRound = """
        { "key": "hrd-test-round", "channel": "human-rights", "title": "Test round", "status": "planned", "date": "2027-03",
          "delegates": [ { "institution": "vn-mfa", "role": "head" } ], "citations": [ { "source": "seed-csis-2024" } ] }
        """;

    [Fact]
    public async Task Invalid_records_are_refused_as_problem_details_naming_each_field()
    {
        using var editor = App.Client(App.Token("editor"));

        var response = await editor.PostAsync("/api/v1/rounds", Json("""
            { "key": "bad-round", "channel": "no-such-channel", "title": " ", "status": "planned",
              "delegates": [ { "institution": "nobody", "role": "head" } ] }
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!;
        Assert.Contains("no channel with key 'no-such-channel'", errors["channel"]![0]!.GetValue<string>());
        Assert.Equal("is required", errors["title"]![0]!.GetValue<string>());
        Assert.Contains("'nobody'", errors["delegates[0].institution"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/api/v1/rounds/bad-round")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_word_or_an_unknown_field_is_named_too()
    {
        using var editor = App.Client(App.Token("editor"));

        var wrongWord = JsonNode.Parse(await (await editor.PostAsync("/api/v1/rounds",
            Json("""{ "key": "r-x", "channel": "human-rights", "title": "x", "status": "finished" }"""))).Content.ReadAsStringAsync())!;
        var unknown = JsonNode.Parse(await (await editor.PostAsync("/api/v1/parties",
            Json("""{ "key": "p-x", "name": "x", "kind": "state", "colour": "red" }"""))).Content.ReadAsStringAsync())!;

        Assert.Contains("use one of: planned, held", wrongWord["errors"]!["status"]![0]!.GetValue<string>());
        Assert.Equal("unknown field 'colour'", unknown["errors"]!["colour"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_field_sent_twice_is_refused_naming_it_and_nothing_is_stored()
    {
        using var editor = App.Client(App.Token("editor"));

        var response = await editor.PostAsync("/api/v1/parties",
            Json("""{ "key": "p-twice", "name": "x", "kind": "state", "name": "y" }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Contains(errors, e => e.Value!.ToJsonString().Contains("name", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/api/v1/parties/p-twice")).StatusCode);
    }

    [Fact]
    public async Task A_second_editor_with_a_stale_version_is_refused_with_who_changed_it_and_when()
    {
        using var editor = App.Client(App.Token("editor"));
        using var admin = App.Client(App.Token("admin"));
        var created = await editor.PostAsync("/api/v1/rounds", Json(NewRound.Replace("hrd-test-round", "hrd-conflict")));
        var opened = created.Headers.ETag!.Tag;

        var first = await admin.SendAsync(Put("/api/v1/rounds/hrd-conflict", NewRound.Replace("hrd-test-round", "hrd-conflict").Replace("Test round", "Admin's title"), opened));
        var second = await editor.SendAsync(Put("/api/v1/rounds/hrd-conflict", NewRound.Replace("hrd-test-round", "hrd-conflict").Replace("Test round", "Editor's title"), opened));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var detail = JsonNode.Parse(await second.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();
        Assert.Matches(@"was changed by admin at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC since you opened it", detail);
        var stored = JsonNode.Parse(await editor.GetStringAsync("/api/v1/rounds/hrd-conflict"))!;
        Assert.Equal("Admin's title", stored["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_without_if_match_is_refused_with_428()
    {
        using var editor = App.Client(App.Token("editor"));
        var response = await editor.PutAsync("/api/v1/parties/vietnam", Json("""{ "key": "vietnam", "name": "Viet Nam", "kind": "state" }"""));
        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Updates_replace_the_links_and_the_audit_trail_records_the_editor_and_the_values()
    {
        using var editor = App.Client(App.Token("editor"));
        var created = await editor.PostAsync("/api/v1/rounds", Json(NewRound.Replace("hrd-test-round", "hrd-audited")));
        var changed = NewRound.Replace("hrd-test-round", "hrd-audited").Replace("\"human-rights\"", "\"labor\"").Replace("vn-mfa", "vn-molisa");

        var updated = await editor.SendAsync(Put("/api/v1/rounds/hrd-audited", changed, created.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var round = JsonNode.Parse(await updated.Content.ReadAsStringAsync())!;
        Assert.Equal("labor", round["channel"]!.GetValue<string>());
        Assert.Equal("vn-molisa", round["delegates"]![0]!["institution"]!.GetValue<string>());
        var history = JsonNode.Parse(await editor.GetStringAsync("/api/v1/rounds/hrd-audited/history"))!.AsArray();
        Assert.Equal(["update", "create"], history.Select(h => h!["action"]!.GetValue<string>()));
        Assert.All(history, h => Assert.Equal("editor", h!["actor"]!.GetValue<string>()));
        Assert.All(history, h => Assert.Equal("api", h!["origin"]!.GetValue<string>()));
        Assert.Equal("human-rights", history[0]!["before"]!["Channel"]!.GetValue<string>());
        Assert.Equal("labor", history[0]!["after"]!["Channel"]!.GetValue<string>());
        Assert.Equal("vn-mfa", history[0]!["before"]!["Delegates"]![0]!["Institution"]!.GetValue<string>());
        Assert.Equal("vn-molisa", history[0]!["after"]!["Delegates"]![0]!["Institution"]!.GetValue<string>());
        Assert.Equal("seed-csis-2024", history[1]!["after"]!["Citations"]![0]!["Source"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deleting_a_record_other_records_link_to_is_refused_with_409_naming_the_links()
    {
        using var editor = App.Client(App.Token("editor"));

        var response = await editor.DeleteAsync("/api/v1/institutions/vn-mfa");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Round.Delegates", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/v1/institutions/vn-mfa")).StatusCode);
    }

    [Fact]
    public async Task Deletes_are_in_the_audit_trail_and_the_admin_can_filter_it_by_actor_and_kind()
    {
        using var editor = App.Client(App.Token("editor"));
        using var admin = App.Client(App.Token("admin"));
        await editor.PostAsync("/api/v1/parties", Json("""{ "key": "party-to-delete", "name": "Gone", "kind": "state" }"""));
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync("/api/v1/parties/party-to-delete")).StatusCode);

        var trail = JsonNode.Parse(await admin.GetStringAsync("/api/v1/audit?kind=parties&key=party-to-delete&actor=editor"))!;

        Assert.Equal(["delete", "create"], trail["items"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal("Gone", trail["items"]![0]!["before"]!["Name"]!.GetValue<string>());
        Assert.Null(trail["items"]![0]!["after"]);
    }

    [Fact]
    public async Task Lists_page_sort_search_and_filter_and_refuse_filters_that_do_not_fit()
    {
        using var viewer = App.Client(App.Token(SignedInApp.CaseViewer));

        var firstPage = JsonNode.Parse(await viewer.GetStringAsync("/api/v1/issue-areas?pageSize=3&sort=-key"))!;
        var secondPage = JsonNode.Parse(await viewer.GetStringAsync("/api/v1/issue-areas?pageSize=3&page=2&sort=-key"))!;
        var keys = firstPage["items"]!.AsArray().Concat(secondPage["items"]!.AsArray()).Select(i => i!["key"]!.GetValue<string>()).ToList();
        Assert.Equal(keys.OrderDescending(StringComparer.Ordinal), keys);
        Assert.Equal(6, keys.Distinct().Count());

        var searched = JsonNode.Parse(await viewer.GetStringAsync("/api/v1/cases?q=HOANG"))!;
        Assert.Contains("hoang-thi-minh-hong", searched["items"]!.AsArray().Select(i => i!["key"]!.GetValue<string>()));
        // "Year of an event": Hoang Thi Minh Hong's events are in 2023 and 2024 (release), none in 2022.
        var inYear = JsonNode.Parse(await viewer.GetStringAsync("/api/v1/cases?year=2022"))!;
        Assert.DoesNotContain("hoang-thi-minh-hong", inYear["items"]!.AsArray().Select(i => i!["key"]!.GetValue<string>()));
        Assert.Contains("nguy-thi-khanh", inYear["items"]!.AsArray().Select(i => i!["key"]!.GetValue<string>()));
        var labor = JsonNode.Parse(await viewer.GetStringAsync("/api/v1/rounds?channel=labor"))!;
        Assert.All(labor["items"]!.AsArray(), r => Assert.Equal("labor", r!["channel"]!.GetValue<string>()));

        var misfit = await viewer.GetAsync("/api/v1/parties?channel=labor&pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, misfit.StatusCode);
        var errors = JsonNode.Parse(await misfit.Content.ReadAsStringAsync())!["errors"]!;
        Assert.NotNull(errors["channel"]);
        Assert.NotNull(errors["pageSize"]);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_and_a_used_one_shows_when()
    {
        var token = await App.CreateTokenAsync("viewer");
        using var http = App.Client(token);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/parties")).StatusCode);
        var listed = await Cli.OkAsync("tokens", "list", "--db", App.Store.Path);
        var id = listed.Out.Split('\n').Last(l => l.Contains("viewer") && !l.Contains("never")).Trim().Split(' ')[0];

        await Cli.OkAsync("tokens", "revoke", id, "--db", App.Store.Path);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/parties")).StatusCode);
        using var forged = App.Client(token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/parties")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_and_the_reference_page_describe_every_kind()
    {
        using var viewer = App.Client(App.Token("viewer"));

        var document = JsonNode.Parse(await viewer.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
        foreach (var kind in Parley.Features.Api.ApiKinds.All)
        {
            Assert.Contains($"/api/v1/{kind.Route}", paths);
            Assert.Contains($"/api/v1/{kind.Route}/{{key}}", paths);
        }
        using var browser = await App.SignInAsync("viewer");
        var page = await browser.GetStringAsync("/api");
        Assert.Contains("/api/v1/legal-instruments/{key}/history", page);
        Assert.Contains("<a href=\"/openapi/v1.json\">", page);
    }

    [Fact]
    public async Task Writes_from_the_api_are_stored_with_the_signed_in_actor()
    {
        using var admin = App.Client(App.Token("admin"));
        await admin.PostAsync("/api/v1/parties", Json("""{ "key": "party-by-admin", "name": "Admin's party", "kind": "state" }"""));

        await using var db = App.Store.Open();
        var entry = await db.AuditEntries.SingleAsync(a => a.RecordKey == "party-by-admin");
        Assert.Equal(("admin", "api", AuditAction.Create), (entry.Actor, entry.Origin, entry.Action));
    }

    [Fact]
    public async Task Writes_by_different_users_one_after_another_each_carry_their_own_name()
    {
        // The server reuses store contexts between requests: who acted must not carry over from one to the next.
        using var admin = App.Client(App.Token("admin"));
        using var editor = App.Client(App.Token("editor"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/v1/parties", Json($$"""{ "key": "turn-admin-{{i}}", "name": "A{{i}}", "kind": "state" }"""))).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await editor.PostAsync("/api/v1/parties", Json($$"""{ "key": "turn-editor-{{i}}", "name": "E{{i}}", "kind": "state" }"""))).StatusCode);
        }

        await using var db = App.Store.Open();
        var entries = await db.AuditEntries.Where(a => a.RecordKey.StartsWith("turn-")).Select(a => new { a.RecordKey, a.Actor }).ToListAsync();
        Assert.Equal(6, entries.Count);
        Assert.All(entries, e => Assert.Equal(e.RecordKey.Split('-')[1], e.Actor));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static HttpRequestMessage Put(string path, string body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = Json(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return request;
    }
}
