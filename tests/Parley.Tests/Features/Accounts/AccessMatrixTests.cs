using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parley.Tests.Support;
using static Parley.Tests.Features.Accounts.AccessRules;

namespace Parley.Tests.Features.Accounts;

/// <summary>
/// Every route the app maps × anonymous, viewer, editor, admin and a revoked token, against the answers in
/// <see cref="AccessRules"/>. The routes come from the app's own route table, so a new page or endpoint fails here
/// until someone decides who may use it.
/// </summary>
public class AccessMatrixTests
{
    private static readonly Caller[] Callers = Enum.GetValues<Caller>();

    [Fact]
    public async Task Every_route_answers_each_caller_as_its_access_rule_says()
    {
        await using var app = await SignedInApp.StartAsync();
        var rules = All().ToList();
        var mapped = await MappedRoutesAsync(app);

        var unruled = mapped.Where(route => rules.All(r => r.Route != route)).ToList();
        if (unruled.Count > 0) Assert.Fail(string.Join("\n", unruled.Select(route => $"add an access rule for {route}")));
        var stale = rules.Select(r => r.Route).Distinct().Where(route => !mapped.Contains(route)).ToList();
        if (stale.Count > 0) Assert.Fail(string.Join("\n", stale.Select(route => $"the app no longer maps {route}; remove its access rule")));

        var revoked = await RevokedAdminTokenAsync(app);
        using var admin = app.Client(app.Token("admin"));
        foreach (var caller in Callers)
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/v1/parties", Json(await CopyAsync(admin, "parties", "vn", PageCopyPrefix + Name(caller))))).StatusCode);

        var pages = new Dictionary<Caller, HttpClient>();
        var api = new Dictionary<Caller, HttpClient>();
        foreach (var caller in Callers)
        {
            (pages[caller], api[caller]) = caller switch
            {
                Caller.Anonymous => (app.Client(), app.Client()),
                Caller.Revoked => (app.Client(revoked), app.Client(revoked)),
                _ => (await app.SignInAsync(Name(caller)), app.Client(app.Token(Name(caller)))),
            };
        }

        var wrong = new List<string>();
        foreach (var rule in rules)
        foreach (var caller in Callers)
        {
            var path = rule.Path.Replace("{caller}", Name(caller));
            var http = IsApi(path) ? api[caller] : pages[caller];
            using var response = await SendAsync(http, admin, rule, path, caller);
            var expected = rule.For(caller);
            var got = new Answer((int)response.StatusCode, RedirectPath(response));
            if (got.Status != expected.Status || (expected.RedirectTo is not null && got.RedirectTo != expected.RedirectTo))
                wrong.Add($"{rule.Method} {path} as {Name(caller)}: expected {expected}, got {got}");
        }
        foreach (var client in pages.Values.Concat(api.Values)) client.Dispose();

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {rules.Count * Callers.Length} answers are wrong:\n{string.Join("\n", wrong)}");

        // The refusals changed nothing: only editors and admins made copies or deleted theirs.
        foreach (var caller in Callers)
        {
            var writer = caller is Caller.Editor or Caller.Admin;
            Assert.Equal(writer ? HttpStatusCode.NotFound : HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/parties/{PageCopyPrefix}{Name(caller)}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/parties/vn-access-{Name(caller)}")).StatusCode);
        }
    }

    [Fact]
    public async Task With_public_read_on_anyone_reads_records_but_never_cases()
    {
        await using var app = await SignedInApp.StartAsync(publicRead: true);
        using var anonymous = app.Client();

        foreach (var path in new[] { "/api/v1/parties", "/api/v1/parties/vn", "/api/v1/rounds/human-rights-next", "/api/v1/channels/human-rights/history" })
            Assert.True((await anonymous.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"anonymous GET {path} with public read on");
        foreach (var path in new[] { "/api/v1/cases", "/api/v1/cases/hoang-thi-minh-hong", "/api/v1/cases/hoang-thi-minh-hong/history" })
            Assert.True((await anonymous.GetAsync(path)).StatusCode == HttpStatusCode.Unauthorized, $"anonymous GET {path} with public read on");
        foreach (var path in new[] { "/records/cases", "/records/cases/hoang-thi-minh-hong", "/search?q=hoang", "/api/v1/search?q=hoang" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"anonymous GET {path} with public read on: {(int)response.StatusCode}");
            Assert.DoesNotContain("Hoàng Thị Minh Hồng", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/parties", Json(new JsonObject { ["key"] = "zz" }))).StatusCode);
    }

    /// <summary>The route table as "METHOD /pattern": minimal API endpoints with their methods, pages with their handlers.</summary>
    private static async Task<SortedSet<string>> MappedRoutesAsync(SignedInApp app)
    {
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        var loader = app.App.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                // A page without a model has no handler methods: it is rendered for GET.
                if (compiled.HandlerMethods.Count == 0) routes.Add($"GET {pattern}");
                foreach (var handler in compiled.HandlerMethods)
                    routes.Add($"{handler.HttpMethod.ToUpperInvariant()} {pattern}" + (handler.Name is { } name ? $"?handler={name.ToLowerInvariant()}" : ""));
            }
            else
            {
                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                    routes.Add($"{method} {pattern}");
            }
        }
        return routes;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpClient admin, Rule rule, string path, Caller caller)
    {
        switch (rule.Body)
        {
            case Body.Form:
                // Every caller gets an anti-forgery token from the sign-in page, so what decides the answer is who asks.
                return await SignedInApp.PostFormAsync(http, path, [], formPage: "/login");
            case Body.FormWithoutToken:
                return await http.PostAsync(path, new FormUrlEncodedContent([]));
            case Body.CopyOfSample:
            {
                var kind = path.Split('/')[3];
                return await http.PostAsync(path, Json(await CopyAsync(admin, kind, SampleKeys[kind], $"{SampleKeys[kind]}-access-{Name(caller)}")));
            }
            case Body.SampleWithETag:
            {
                using var current = await admin.GetAsync(path);
                var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = Json(JsonNode.Parse(await current.Content.ReadAsStringAsync())!) };
                request.Headers.IfMatch.Add(current.Headers.ETag!);
                return await http.SendAsync(request);
            }
            case Body.FramingText:
                return await http.PostAsync(path, Json(new JsonObject { ["text"] = "We urge an end to the detention of activists." }));
            default:
                return await http.SendAsync(new HttpRequestMessage(new HttpMethod(rule.Method), path));
        }
    }

    private static async Task<JsonObject> CopyAsync(HttpClient admin, string kind, string key, string newKey)
    {
        var record = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/{kind}/{key}"))!.AsObject();
        record["key"] = newKey;
        return record;
    }

    /// <summary>A fresh admin token, revoked: the strongest credential there is, once it no longer counts.</summary>
    private static async Task<string> RevokedAdminTokenAsync(SignedInApp app)
    {
        var token = await app.CreateTokenAsync("admin");
        var listed = await Cli.OkAsync("tokens", "list", "--db", app.Store.Db);
        var newest = listed.Out.Split('\n').Select(l => l.Trim().Split(' ')[0]).Select(id => int.TryParse(id, out var n) ? n : 0).Max();
        await Cli.OkAsync("tokens", "revoke", newest.ToString(), "--db", app.Store.Db);
        return token;
    }

    private static string Name(Caller caller) => caller.ToString().ToLowerInvariant();

    private static bool IsApi(string path) => path.StartsWith("/api/v1/", StringComparison.Ordinal) || path.StartsWith("/openapi/", StringComparison.Ordinal);

    private static string? RedirectPath(HttpResponseMessage response) => response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
