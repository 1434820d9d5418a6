using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Domain;
using Parley.Features.Records;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

/// <summary>
/// The confidentiality promise, walked: every GET route in the app's route table (pages, API, downloads), with its
/// route values filled from real records of each kind, read by a viewer without case access from a store whose case
/// names are planted in every free-text field (<see cref="PlantedNames"/>). No response may hold a name in any spelling.
/// </summary>
public partial class ViewerRouteWalkTests
{
    /// <summary>Inputs a route needs to show much (search words, a briefing's round, its downloads); every route is also read bare.</summary>
    private static readonly Dictionary<string, string[]> Queries = new()
    {
        ["/search"] = ["?q=about", "?q=hoang", "?q=binh", "?q=bach", "?q=nguyen+about"],
        ["/api/v1/search"] = ["?q=about&limit=100", "?q=hoang", "?q=binh", "?q=bach"],
        ["/briefings"] = ["?channel=human-rights&round=human-rights-next", "?channel=human-rights&round=human-rights-next&format=md",
            "?channel=human-rights&round=human-rights-next&format=html", "?channel=human-rights&round=human-rights-next&format=pdf",
            "?channel=labor&format=md"],
        ["/analyses/risk"] = ["?year=2023", "?year=2024"],
        ["/api/v1/analyses/risk"] = ["?year=2023", "?year=2024"],
        ["/analyses/enforceability"] = ["?asOf=2025-01-01"],
        ["/api/v1/analyses/enforceability"] = ["?asOf=2025-01-01"],
        ["/api/v1/audit"] = ["?pageSize=200", "?kind=Statement&pageSize=200"],
        ["/audit"] = ["?kind=Statement"],
        ["/follow-up/mid-term"] = ["?party=vn&cycle=1", "?party=vn&cycle=1&format=md", "?party=vn&cycle=1&format=pdf&lang=vi"],
    };

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_viewer_without_case_access_finds_no_case_name_in_any_spelling_on_any_GET_route(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        IReadOnlyList<string> names;
        var keys = new Dictionary<string, List<string>>();
        await using (var db = app.Store.Open())
        {
            names = await PlantedNames.PlantAsync(db);
            foreach (var recordKind in RecordKinds.All)
            {
                var set = (IQueryable<IKeyed>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(recordKind.ClrType).Invoke(db, null)!;
                keys[recordKind.Slug] = await set.OrderBy(r => r.Id).Select(r => r.Key).Take(3).ToListAsync();
            }
        }
        Assert.Contains(PlantedNames.FormerName, names);

        var paths = Paths(app, keys).ToList();
        using var viewer = await app.SignInAsync("viewer");
        using var token = app.Client(app.Token("viewer"));
        var leaks = new List<string>();
        var read = 0;
        var clock = Stopwatch.StartNew();
        foreach (var path in paths)
        {
            var http = path.StartsWith("/api/", StringComparison.Ordinal) ? token : viewer;
            using var response = await http.GetAsync(path);
            Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"GET {path} answered 500");
            if (response.StatusCode == HttpStatusCode.OK) read++;
            var text = await VisibleTextAsync(response);
            foreach (var name in PlantedNames.Leaks(text, names)) leaks.Add($"{path} shows {name}");
        }

        var walked = clock.Elapsed;
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:\n" + string.Join("\n", leaks.Take(40)));
        Assert.True(read > 150, $"only {read} of {paths.Count} routes answered 200: the walk read too little to mean anything");
        // The same texts do show the names to a reader with case access: the planting is there to be found.
        using var caseViewer = app.Client(app.Token(SignedInApp.CaseViewer));
        var named = await VisibleTextAsync(await caseViewer.GetAsync("/api/v1/statements?pageSize=200"))
            + await VisibleTextAsync(await caseViewer.GetAsync("/api/v1/sources?pageSize=200"));
        Assert.Contains(PlantedNames.FormerName, PlantedNames.Leaks(named, names));
        Assert.Contains("Hoàng Thị Minh Hồng", PlantedNames.Leaks(named, names));
        Assert.Contains("Đặng Đình Bách", PlantedNames.Leaks(named, names));
        Assert.True(walked < TimeSpan.FromMinutes(2), $"the walk of {paths.Count} routes took {walked}");
    }

    /// <summary>Every GET route of the app's route table, with each route value filled from real records, plus its inputs.</summary>
    private static IEnumerable<string> Paths(SignedInApp app, Dictionary<string, List<string>> keys)
    {
        var endpoints = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods is not { } methods || methods.Contains("GET"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Contains("/records/{kind}/{key}", endpoints);
        Assert.Contains("/api/v1/analyses/risk", endpoints);
        var paths = new List<string>();
        foreach (var pattern in endpoints)
        {
            foreach (var path in Fill(pattern, keys))
            {
                paths.Add(path);
                var bare = path.Split('?')[0];
                foreach (var query in Queries.GetValueOrDefault(bare, []))
                    paths.Add(bare + query);
                if (pattern is "/records/{kind}") paths.Add(path + "?q=about");
                if (pattern.StartsWith("/api/v1/", StringComparison.Ordinal) && !pattern.Contains('{') && keys.ContainsKey(pattern[8..]))
                    paths.Add(path + "?pageSize=200");
            }
        }
        // Signing out ends the walk's session: last.
        return paths.OrderBy(p => p.StartsWith("/logout", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Fill(string pattern, Dictionary<string, List<string>> keys)
    {
        var parameters = Parameter().Matches(pattern).Select(m => m.Groups[1].Value).ToList();
        if (parameters.Count == 0) { yield return pattern; yield break; }
        List<string?> kinds = parameters.Contains("kind") ? [.. keys.Keys] : [null];
        foreach (var kind in kinds)
        {
            var withKind = kind is null ? pattern : pattern.Replace("{kind}", kind, StringComparison.Ordinal);
            if (!parameters.Contains("key")) { yield return Rest(withKind); continue; }
            // The kind of a key: the route's {kind}, or the segment before it (/api/v1/statements/{key}, /parties/{key}/upr).
            var segments = withKind.Split('/');
            var before = segments[Array.IndexOf(segments, "{key}") - 1];
            var owner = kind ?? (keys.ContainsKey(before) ? before : RecordKinds.All.FirstOrDefault(k => k.Slug.Replace("-", "", StringComparison.Ordinal) == before.Replace("-", "", StringComparison.Ordinal))?.Slug);
            Assert.True(owner is not null, $"no kind of record fills {pattern}");
            foreach (var key in keys[owner!]) yield return Rest(withKind.Replace("{key}", Uri.EscapeDataString(key), StringComparison.Ordinal));
        }
    }

    /// <summary>Route values other than a kind or a key: the OpenAPI document's name.</summary>
    private static string Rest(string path) => path.Replace("{documentName}", "v1", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();

    /// <summary>What a reader sees: a page's text without markup, an API answer with its escapes read, a PDF's text.</summary>
    public static async Task<string> VisibleTextAsync(HttpResponseMessage response)
    {
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (type == "application/pdf")
        {
            var pdf = Path.GetTempFileName();
            try
            {
                await File.WriteAllBytesAsync(pdf, await response.Content.ReadAsByteArrayAsync());
                using var process = Process.Start(new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true })!;
                var text = await process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync();
                return text;
            }
            finally
            {
                File.Delete(pdf);
            }
        }
        var body = await response.Content.ReadAsStringAsync();
        if (type.Contains("json", StringComparison.Ordinal))
            body = JsonEscape().Replace(body, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        return WebUtility.HtmlDecode(Markup().Replace(body, ""));
    }

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex JsonEscape();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();
}
