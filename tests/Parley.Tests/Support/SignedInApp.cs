using System.Net;
using Microsoft.AspNetCore.Builder;
using System.Text.RegularExpressions;
using Parley.Features.Accounts;
using Parley.Features.Setup;
using Parley.Store;
using Parley.Web;

namespace Parley.Tests.Support;

/// <summary>
/// The real web application on 127.0.0.1 with a seeded SQLite file, and the people who use it: a viewer, an editor
/// and an admin (password <see cref="Password"/>), each with a personal access token, and <see cref="CaseViewer"/>,
/// a viewer an admin has granted case access.
/// </summary>
public sealed partial class SignedInApp : IAsyncDisposable
{
    public const string Password = "a long test passphrase";

    private readonly Dictionary<string, string> _tokens = [];

    /// <summary>A viewer who may read case records (granted with `parley users grant-cases`); the plain "viewer" may not.</summary>
    public const string CaseViewer = "caseviewer";

    private SignedInApp(TempStore store, WebApplication app) => (Store, App) = (store, app);

    public TempStore Store { get; }
    public WebApplication App { get; }
    public Uri BaseAddress => new(App.Urls.First());

    /// <summary>
    /// Starts the app on <paramref name="store"/> (a new SQLite store when none is given), which it then owns and removes;
    /// <paramref name="settings"/> are configuration values for the app, such as "Parley:SessionIdleTimeout";
    /// <paramref name="limits"/> replaces the request and upload limits (small ones make the limits quick to test).
    /// </summary>
    public static async Task<SignedInApp> StartAsync(bool? publicRead = null, TempStore? store = null,
        IReadOnlyDictionary<string, string?>? settings = null, InputLimits? limits = null)
    {
        store ??= new TempStore();
        await StoreSetup.EnsureReadyAsync(store.Location);
        await using (var accounts = await AccountStore.OpenAsync(store.Location))
        {
            foreach (var role in Roles.All)
            {
                var user = new ParleyUser { UserName = role, CreatedAt = DateTimeOffset.UtcNow };
                IdentitySetup.Check(await accounts.Users.CreateAsync(user, Password), role);
                IdentitySetup.Check(await accounts.Users.AddToRoleAsync(user, role), role);
            }
            var caseViewer = new ParleyUser { UserName = CaseViewer, CreatedAt = DateTimeOffset.UtcNow };
            IdentitySetup.Check(await accounts.Users.CreateAsync(caseViewer, Password), CaseViewer);
            IdentitySetup.Check(await accounts.Users.AddToRoleAsync(caseViewer, Roles.Viewer), CaseViewer);
        }
        await Cli.OkAsync("users", "grant-cases", CaseViewer, "--db", store.Db);
        var app = ParleyWebApp.Build(new WebSettings(store.Location, "http://127.0.0.1:0", publicRead, settings, limits));
        await app.StartAsync();
        var signedIn = new SignedInApp(store, app);
        foreach (var user in Roles.All.Append(CaseViewer)) signedIn._tokens[user] = await signedIn.CreateTokenAsync(user);
        return signedIn;
    }

    /// <summary>A token for the user named after a role (viewer, editor, admin) or for <see cref="CaseViewer"/>.</summary>
    public string Token(string user) => _tokens[user];

    public async Task<string> CreateTokenAsync(string user)
    {
        var run = await Cli.OkAsync("tokens", "create", "--user", user, "--db", Store.Db);
        return run.Out.Trim();
    }

    /// <summary>A client without credentials, or with a bearer token; redirects are not followed so tests see them.</summary>
    public HttpClient Client(string? token = null)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }

    /// <summary>A browser-like client (cookies) that has signed in through the login form.</summary>
    public async Task<HttpClient> SignInAsync(string user, string password = Password)
    {
        var http = Client();
        var response = await PostFormAsync(http, "/login", new() { ["UserName"] = user, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return http;
    }

    /// <summary>Posts a form the way a browser does: first GET the page for its anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await http.GetStringAsync(formPage ?? path);
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value;
        return await http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs a browser page in through the login form.</summary>
    public async Task SignInAsync(Microsoft.Playwright.IPage page, string user, string password = Password)
    {
        await page.GotoAsync(BaseAddress + "login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync(url => !url.Contains("/login"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Store.Dispose();
    }
}
