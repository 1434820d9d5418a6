using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Parley.Features.Api;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Fuzz;

/// <summary>
/// Damaged bodies for create and update of every kind, and random query strings on lists and search, sent over
/// real HTTP to the running app: never a 500, a refusal is problem details naming the field or parameter, and a
/// refused write leaves every table as it was.
/// </summary>
public class ApiFuzzTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Damaged_bodies_on_every_kind_are_refused_by_field_and_store_nothing(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var editor = app.Client(app.Token("editor"));
        var random = FuzzSettings.Random(nameof(Damaged_bodies_on_every_kind_are_refused_by_field_and_store_nothing));
        var valid = new Dictionary<string, JsonObject>();
        foreach (var route in ApiKinds.All.Select(k => k.Route))
        {
            var page = JsonNode.Parse(await editor.GetStringAsync($"/api/v1/{route}?pageSize=1"))!;
            valid[route] = page["items"]![0]!.AsObject();
        }

        var cases = FuzzSettings.Cases(kind == StoreKind.Sqlite ? 480 : 160);
        for (var i = 0; i < cases; i++)
        {
            var route = valid.Keys.ElementAt(i % valid.Count);
            var existing = valid[route]["key"]!.GetValue<string>();
            var update = random.Next(3) == 0;
            var document = valid[route].DeepClone().AsObject();
            if (!update) document["key"] = $"fz-{i}";
            var (body, what) = random.Next(3) == 0
                ? ByteMutations.Mutate(Encoding.UTF8.GetBytes(document.ToJsonString()), random)
                : Utf8(JsonMutations.Mutate(document, random));
            var request = new HttpRequestMessage(update ? HttpMethod.Put : HttpMethod.Post, update ? $"/api/v1/{route}/{existing}" : $"/api/v1/{route}")
            {
                Content = new ByteArrayContent(body),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(random.Next(20) == 0 ? "text/plain" : "application/json");
            if (update)
            {
                var current = await editor.GetAsync($"/api/v1/{route}/{existing}");
                request.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag?.Tag);
            }
            var before = await SnapshotAsync(app.Store);
            var response = await editor.SendAsync(request);
            var context = $"{request.Method} {request.RequestUri} case {i}: {what} ({FuzzSettings.Replay})";
            await AssertNoServerErrorAsync(response, context);
            if (response.IsSuccessStatusCode)
            {
                // Some damage leaves a valid record (a changed note); the next update starts from what is stored now.
                if (update) valid[route] = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
                continue;
            }
            var after = await SnapshotAsync(app.Store);
            Assert.True(before.SequenceEqual(after), $"refused request changed the store: {StoreSnapshot.Difference(before, after)}; {context}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                var errors = problem["errors"]?.AsObject();
                Assert.True(errors is { Count: > 0 }, $"400 without the fields at fault: {problem.ToJsonString()}; {context}");
                Assert.All(errors, e => Assert.DoesNotContain("System.", e.Value!.ToJsonString()));
            }
        }
    }

    [Fact]
    public async Task Random_query_strings_on_lists_search_and_pages_never_fail_on_the_server()
    {
        await using var app = await SignedInApp.StartAsync();
        using var api = app.Client(app.Token("editor"));
        using var browser = await app.SignInAsync("editor");
        var random = FuzzSettings.Random(nameof(Random_query_strings_on_lists_search_and_pages_never_fail_on_the_server));
        string[] names = ["page", "pageSize", "sort", "q", "channel", "party", "issueArea", "status", "year", "kind", "round", "limit", "offset",
            "area", "dir", "unsourced", "key", "actor", "x", "page[]", ""];
        string[] values = ["", "0", "-1", "1", "2147483647", "2147483648", "-2147483648", "99999999999999999999", "1e3", "abc", "title", "-title",
            "--", "*", "\"", "\"open", "a*b", "*", "'; DROP TABLE \"Parties\";--", "<script>alert(1)</script>", "%00", "\u0000", "\u202E",
            "labour*", "\"labour rights\"", "vn", "human-rights", "held", new string('q', 5000), "Hồng", "%", "_", "\\", "null", "[]", "{}"];
        string[] paths = [.. ApiKinds.All.Select(k => $"/api/v1/{k.Route}"), "/api/v1/search", "/api/v1/audit", "/search",
            .. Parley.Features.Records.RecordKinds.All.Select(k => $"/records/{k.Slug}"), "/timeline", "/audit", "/"];

        var cases = FuzzSettings.Cases(300);
        for (var i = 0; i < cases; i++)
        {
            var path = paths[random.Next(paths.Length)];
            var query = string.Join('&', Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
                Uri.EscapeDataString(names[random.Next(names.Length)]) + "=" + Uri.EscapeDataString(values[random.Next(values.Length)])));
            var client = path.StartsWith("/api/", StringComparison.Ordinal) ? api : browser;
            var response = await client.GetAsync($"{path}?{query}");
            await AssertNoServerErrorAsync(response, $"GET {path}?{query} ({FuzzSettings.Replay})");
            if (path.StartsWith("/api/", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.BadRequest)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static async Task AssertNoServerErrorAsync(HttpResponseMessage response, string context)
    {
        if ((int)response.StatusCode < 500) return;
        var body = await response.Content.ReadAsStringAsync();
        Assert.Fail($"{(int)response.StatusCode} for {context}: {body[..Math.Min(body.Length, 600)]}");
    }

    private static async Task<IReadOnlyDictionary<string, long>> SnapshotAsync(TempStore store)
    {
        await using var db = store.Open();
        return await StoreSnapshot.TakeAsync(db);
    }

    private static (byte[], string) Utf8((string Json, string What) mutated) => (Encoding.UTF8.GetBytes(mutated.Json), mutated.What);
}
