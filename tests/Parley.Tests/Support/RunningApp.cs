using System.Net;
using Microsoft.AspNetCore.Builder;
using System.Text.RegularExpressions;
using Parley.Features.Setup;
using Parley.Web;

namespace Parley.Tests.Support;

/// <summary>
/// The real web application on a free loopback port over a seeded temporary SQLite file, with an HTTP client that
/// keeps cookies and posts forms the way a browser does (anti-forgery token included).
/// </summary>
public sealed partial class RunningApp : IAsyncDisposable
{
    public TempStore Store { get; } = new();
    public WebApplication App { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string BaseUrl => App.Urls.First();

    public static async Task<RunningApp> StartAsync()
    {
        var running = new RunningApp();
        await StoreSetup.EnsureReadyAsync(running.Store.Location);
        running.App = ParleyWebApp.Build(new WebSettings(running.Store.Location, "http://127.0.0.1:0"));
        await running.App.StartAsync();
        running.Http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(running.BaseUrl),
        };
        return running;
    }

    public async Task<string> PageAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens the page holding the form (for its anti-forgery token) and posts the fields to it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, IEnumerable<(string Name, string Value)> fields, string? action = null)
    {
        var html = await PageAsync(formPage);
        var token = Token().Match(html);
        Assert.True(token.Success, $"{formPage} has no anti-forgery token");
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await Http.PostAsync(action ?? formPage, new FormUrlEncodedContent(values));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (App is not null) await App.DisposeAsync();
        Store.Dispose();
    }
}
