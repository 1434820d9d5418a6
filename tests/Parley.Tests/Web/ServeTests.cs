using System.Net;
using System.Text.Json;
using Parley.Features.Setup;
using Parley.Store;
using Parley.Tests.Support;
using Parley.Web;

namespace Parley.Tests.Web;

public class ServeTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Health_reports_the_provider_and_schema_version_over_real_http(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        await StoreSetup.EnsureReadyAsync(store.Location);
        await using var app = ParleyWebApp.Build(new WebSettings(store.Location, "http://127.0.0.1:0"));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var response = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(kind == StoreKind.Sqlite ? "sqlite" : "postgresql", body.RootElement.GetProperty("provider").GetString());
        await using var db = store.Open();
        Assert.Equal(await ParleyStore.SchemaVersionAsync(db), body.RootElement.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public async Task Health_says_unavailable_once_the_store_file_is_gone()
    {
        using var store = new TempStore();
        await StoreSetup.EnsureReadyAsync(store.Location);
        await using var app = ParleyWebApp.Build(new WebSettings(store.Location, "http://127.0.0.1:0"));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);

        foreach (var file in new[] { store.Path, store.Path + "-wal", store.Path + "-shm" }) File.Delete(file);
        var response = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unavailable", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_home_page_lists_what_the_store_holds()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = await app.SignInAsync("viewer");

        var html = await http.GetStringAsync("/");

        Assert.Contains(">Commitments</a></td>", html);
        Assert.Matches(@"<td><a href=""/records/channels"">Channels</a></td>\s*<td class=""num"">3</td>", html);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Serve_creates_and_seeds_a_missing_store_before_listening(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        using var cts = new CancellationTokenSource();
        var output = new StringWriter();
        var serving = ParleyCommandLine.RunAsync(["serve", "--db", store.Db, "--urls", "http://127.0.0.1:0"], output, new StringWriter(), cts.Token);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!output.ToString().Contains("Parley is serving") && DateTime.UtcNow < deadline && !serving.IsCompleted) await Task.Delay(100);
        cts.Cancel();
        await serving;

        Assert.Contains("records from the bundled U.S.–Vietnam data set", output.ToString());
        Assert.Contains("Parley is serving", output.ToString());
        Assert.False(await store.IsMissingAsync());
    }

    [Fact]
    public async Task Options_without_a_command_mean_serve()
    {
        using var store = new TempStore();
        using var cts = new CancellationTokenSource();
        var output = new StringWriter();
        var serving = ParleyCommandLine.RunAsync(["--db", store.Path, "--urls", "http://127.0.0.1:0"], output, new StringWriter(), cts.Token);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!output.ToString().Contains("Parley is serving") && DateTime.UtcNow < deadline && !serving.IsCompleted) await Task.Delay(100);
        cts.Cancel();
        await serving;

        Assert.Contains("Parley is serving", output.ToString());
    }
}
