using System.Net;
using Microsoft.AspNetCore.Builder;
using System.Text.RegularExpressions;

namespace Parley.Tests.Support;

/// <summary>
/// The real web application on a free loopback port over a seeded temporary SQLite file, with an HTTP client that
/// has signed in as the editor, keeps cookies and posts forms the way a browser does (anti-forgery token included).
/// </summary>
public sealed partial class RunningApp : IAsyncDisposable
{
    /// <summary>The user the client is signed in as.</summary>
    public const string User = "editor";

    private SignedInApp _signedIn = null!;

    public TempStore Store => _signedIn.Store;
    public WebApplication App => _signedIn.App;
    public HttpClient Http { get; private set; } = null!;
    public string BaseUrl => App.Urls.First();

    public static async Task<RunningApp> StartAsync()
    {
        var running = new RunningApp { _signedIn = await SignedInApp.StartAsync() };
        running.Http = await running._signedIn.SignInAsync(User);
        return running;
    }

    /// <summary>Signs a browser page in as the editor, through the login form.</summary>
    public Task SignInAsync(Microsoft.Playwright.IPage page) => _signedIn.SignInAsync(page, User);

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
        await _signedIn.DisposeAsync();
    }
}
