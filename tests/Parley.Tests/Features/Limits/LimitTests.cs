using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Parley.Tests.Features.Fuzz;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Limits;

/// <summary>Past each limit a clear refusal that names it: request and upload size, page size, query length, import file size.</summary>
public class LimitTests
{
    // Small limits, so that going past them is quick; the defaults are the same code with larger numbers.
    private static readonly InputLimits Small = InputLimits.Defaults with { RequestBytes = 64 * 1024, UploadBytes = 256 * 1024 };

    [Fact]
    public async Task An_api_body_past_the_request_limit_is_refused_as_problem_details_and_stores_nothing()
    {
        await using var app = await SignedInApp.StartAsync(limits: Small);
        using var editor = app.Client(app.Token("editor"));
        var before = await SnapshotAsync(app.Store);
        var body = $$"""{ "key": "huge-party", "name": "Huge", "kind": "state", "aliases": ["{{new string('a', 100_000)}}"] }""";

        var response = await editor.PostAsync("/api/v1/parties", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("larger than 64 KiB", problem["detail"]!.GetValue<string>());
        Assert.Contains(InputLimits.RequestBytesVariable, problem["detail"]!.GetValue<string>());
        Assert.Equal(before, await SnapshotAsync(app.Store));
    }

    [Fact]
    public async Task A_form_past_the_request_limit_gets_a_readable_page_and_changes_nothing()
    {
        await using var app = await SignedInApp.StartAsync(limits: Small);
        using var browser = await app.SignInAsync("editor");
        var before = await SnapshotAsync(app.Store);

        var response = await SignedInApp.PostFormAsync(browser, "/records/parties/new",
            new() { ["Key"] = "huge-party", ["Name"] = new string('n', 100_000), ["Kind"] = "State" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("The request is larger than 64 KiB", page);
        Assert.Contains("href=\"/records/parties/new\"", page);
        Assert.Equal(before, await SnapshotAsync(app.Store));
    }

    [Fact]
    public async Task An_upload_past_the_upload_limit_gets_a_page_pointing_to_the_command_line()
    {
        await using var app = await SignedInApp.StartAsync(limits: Small);
        using var browser = await app.SignInAsync("editor");
        var page = await browser.GetStringAsync("/import");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("{\"format\": \"parley\", \"padding\": \"" + new string('p', 300 * 1024) + "\"}")), "Upload", "big.json" },
        };

        var response = await browser.PostAsync("/import?handler=Preview", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("The file is larger than 256 KiB", text);
        Assert.Contains("parley import FILE", text);
        // Under the upload limit the same page takes a file larger than the request limit.
        Assert.True(Small.UploadBytes > Small.RequestBytes);
    }

    [Fact]
    public async Task Page_size_past_its_cap_or_not_a_number_is_refused_naming_the_parameter()
    {
        await using var app = await SignedInApp.StartAsync();
        using var viewer = app.Client(app.Token("viewer"));

        foreach (var (query, parameter, words) in new[]
        {
            ("pageSize=201", "pageSize", "must be from 1 to 200"),
            ("pageSize=abc", "pageSize", "'abc' is not a whole number"),
            ("page=99999999999", "page", "is past the furthest any list can be paged"),
            ("page=0", "page", "must be 1 or more"),
        })
        {
            var response = await viewer.GetAsync($"/api/v1/parties?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!;
            Assert.Contains(words, errors[parameter]![0]!.GetValue<string>());
        }
        var search = JsonNode.Parse(await (await viewer.GetAsync("/api/v1/search?q=labour&limit=1000")).Content.ReadAsStringAsync())!;
        Assert.Equal("must be from 1 to 100", search["errors"]!["limit"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_search_past_the_query_length_is_refused_on_the_page_the_api_and_the_command_line()
    {
        await using var app = await SignedInApp.StartAsync();
        using var viewer = app.Client(app.Token("viewer"));
        using var browser = await app.SignInAsync("viewer");
        var max = InputLimits.Current.QueryLength;
        var tooLong = string.Join(' ', Enumerable.Repeat("labour", max / 7 + 1));
        Assert.True(tooLong.Length > max);

        var api = await viewer.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(tooLong)}");
        var list = await viewer.GetAsync($"/api/v1/recommendations?q={Uri.EscapeDataString(tooLong)}");
        var page = await browser.GetStringAsync($"/search?q={Uri.EscapeDataString(tooLong)}");
        var listPage = await browser.GetStringAsync($"/records/recommendations?q={Uri.EscapeDataString(tooLong)}");
        var cli = await Cli.RunAsync("search", tooLong, "--db", app.Store.Db);

        var expected = $"{tooLong.Length:N0} characters long; at most {max:N0} are allowed";
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains(expected, JsonNode.Parse(await api.Content.ReadAsStringAsync())!["errors"]!["q"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        Assert.Contains(expected, JsonNode.Parse(await list.Content.ReadAsStringAsync())!["errors"]!["q"]![0]!.GetValue<string>());
        Assert.Contains("Cannot search for that: the query is " + expected, page);
        Assert.Contains("The search text is " + expected, listPage);
        Assert.Equal(1, cli.Exit);
        Assert.Contains("cannot search for that: the query is " + expected, cli.Error);
    }

    [Fact]
    public async Task A_file_past_the_import_limit_is_refused_before_it_is_read()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        var file = store.File("huge.json");
        // A sparse file: its length is past the limit without writing the bytes.
        await using (var stream = File.Create(file)) stream.SetLength(InputLimits.Current.ImportFileBytes + 1);
        var before = (await Cli.OkAsync("export", "--db", store.Db)).Out;

        var run = await Cli.RunAsync("import", file, "--db", store.Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains($"huge.json: larger than {InputLimits.Size(InputLimits.Current.ImportFileBytes)}, the most one import takes", run.Error);
        Assert.Contains(InputLimits.ImportFileBytesVariable, run.Error);
        Assert.Equal(before, (await Cli.OkAsync("export", "--db", store.Db)).Out);
    }

    private static async Task<IReadOnlyDictionary<string, long>> SnapshotAsync(TempStore store)
    {
        await using var db = store.Open();
        return await StoreSnapshot.TakeAsync(db);
    }
}
