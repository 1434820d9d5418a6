using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Parley.Features.Api;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Api;

/// <summary>Every endpoint of every kind, as each role: anonymous, viewer, editor, admin.</summary>
public class RecordRoleTests(ApiAppFixture fixture) : IClassFixture<ApiAppFixture>
{
    private SignedInApp App => fixture.App;

    public static TheoryData<string> Kinds() => [.. ApiKinds.All.Select(k => k.Route)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Anonymous_callers_get_401_on_every_endpoint(string kind)
    {
        using var anonymous = App.Client();
        var sample = await SampleAsync(kind);
        var key = sample["key"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/{kind}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/{kind}/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/{kind}/{key}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/v1/{kind}", Json(sample))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsync($"/api/v1/{kind}/{key}", Json(sample))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"/api/v1/{kind}/{key}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Viewers_read_every_endpoint_but_get_403_on_writes(string kind)
    {
        // Cases need a viewer an admin granted case access (CaseAccessTests covers the viewer without it).
        using var viewer = App.Client(App.Token(kind == "cases" ? SignedInApp.CaseViewer : "viewer"));
        var sample = await SampleAsync(kind);
        var key = sample["key"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/{kind}")).StatusCode);
        var one = await viewer.GetAsync($"/api/v1/{kind}/{key}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.NotNull(one.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/{kind}/{key}/history")).StatusCode);

        var copy = WithKey(sample, $"{key}-by-viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/v1/{kind}", Json(copy))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.SendAsync(Put(kind, key, sample, one.Headers.ETag!.Tag))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"/api/v1/{kind}/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/v1/{kind}/{key}-by-viewer")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Editors_and_admins_create_update_and_delete_every_kind(string kind)
    {
        foreach (var role in new[] { "editor", "admin" })
        {
            using var http = App.Client(App.Token(role));
            var copy = WithKey(await SampleAsync(kind), $"api-test-{role}");

            var created = await http.PostAsync($"/api/v1/{kind}", Json(copy));
            Assert.True(created.StatusCode == HttpStatusCode.Created, $"{role} POST {kind}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
            Assert.Equal($"/api/v1/{kind}/api-test-{role}", created.Headers.Location?.ToString());

            var updated = await http.SendAsync(Put(kind, $"api-test-{role}", copy, created.Headers.ETag!.Tag));
            Assert.True(updated.StatusCode == HttpStatusCode.OK, $"{role} PUT {kind}: {(int)updated.StatusCode} {await updated.Content.ReadAsStringAsync()}");
            Assert.NotNull(updated.Headers.ETag);

            Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/v1/{kind}/api-test-{role}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/{kind}/api-test-{role}")).StatusCode);
        }
    }

    [Fact]
    public async Task Only_admins_read_the_whole_audit_trail()
    {
        using var anonymous = App.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/audit")).StatusCode);
        foreach (var role in new[] { "viewer", "editor" })
        {
            using var http = App.Client(App.Token(role));
            Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/v1/audit")).StatusCode);
        }
        using var admin = App.Client(App.Token("admin"));
        var trail = JsonNode.Parse(await admin.GetStringAsync("/api/v1/audit?pageSize=5"))!;
        Assert.Equal(5, trail["items"]!.AsArray().Count);
        Assert.True(trail["total"]!.GetValue<int>() > 100, "the seeded records are in the trail");
    }

    /// <summary>A stored record of the kind, as the API returns it.</summary>
    private async Task<JsonObject> SampleAsync(string kind)
    {
        using var admin = App.Client(App.Token("admin"));
        var page = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/{kind}?pageSize=1"))!;
        return page["items"]!.AsArray()[0]!.AsObject();
    }

    private static JsonObject WithKey(JsonObject record, string key)
    {
        var copy = record.DeepClone().AsObject();
        copy["key"] = key;
        return copy;
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static HttpRequestMessage Put(string kind, string key, JsonNode body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/{kind}/{key}") { Content = Json(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return request;
    }
}
