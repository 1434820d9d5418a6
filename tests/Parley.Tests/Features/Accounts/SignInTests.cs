using System.Net;
using System.Text.RegularExpressions;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

public partial class SignInTests
{
    [Fact]
    public async Task The_first_serve_creates_an_admin_whose_one_time_password_signs_in_and_must_be_replaced()
    {
        using var store = new TempStore();
        var first = await ServeOnceAsync(store);
        var password = OneTimePassword().Match(first).Groups[1].Value;
        Assert.NotEqual("", password);

        // Second start: the admin exists, nothing is printed.
        Assert.DoesNotMatch(OneTimePassword(), await ServeOnceAsync(store));

        await using var app = Parley.Web.ParleyWebApp.Build(new Parley.Web.WebSettings(store.Location, "http://127.0.0.1:0"));
        await app.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };
        var signIn = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "admin", ["Password"] = password });
        Assert.Equal("/account/password", signIn.Headers.Location?.ToString());
        Assert.Equal("/account/password", (await http.GetAsync("/")).Headers.Location?.ToString());

        var changed = await SignedInApp.PostFormAsync(http, "/account/password",
            new() { ["Current"] = password, ["New"] = "my own long passphrase", ["Confirm"] = "my own long passphrase" });

        Assert.Equal("/", changed.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task Pages_send_anonymous_visitors_to_sign_in_while_health_and_static_files_stay_public()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = app.Client();

        var home = await http.GetAsync("/");
        var health = await http.GetAsync("/health");
        var css = await http.GetAsync("/parley.css");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/login", home.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        foreach (var response in new[] { home, health, css })
        {
            Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Single(response.Headers.GetValues("Referrer-Policy"));
            Assert.False(response.Headers.Contains("Strict-Transport-Security")); // plain http: only over HTTPS
        }
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_five_in_a_row_lock_the_account()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = app.Client();

        var wrong = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "viewer", ["Password"] = "not the password" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Wrong user name or password.", await wrong.Content.ReadAsStringAsync());
        for (var i = 0; i < 4; i++)
            await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "viewer", ["Password"] = "not the password" });

        var locked = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "viewer", ["Password"] = SignedInApp.Password });

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = app.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            statuses.Add((await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = $"nobody{i}", ["Password"] = "whatever it is" })).StatusCode);

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Forms_without_the_anti_forgery_token_are_refused()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = await app.SignInAsync("editor");

        var logout = await http.PostAsync("/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        var properLogout = await SignedInApp.PostFormAsync(http, "/logout", [], formPage: "/");
        Assert.Equal("/login", properLogout.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Signed_in_pages_and_cookie_api_calls_act_as_the_user()
    {
        await using var app = await SignedInApp.StartAsync();
        using var viewer = await app.SignInAsync("viewer");

        var home = await viewer.GetStringAsync("/");
        var api = await viewer.GetAsync("/api/v1/parties");
        var write = await viewer.DeleteAsync("/api/v1/parties/vietnam");

        Assert.Contains("viewer", home);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task Public_read_opens_non_case_records_to_anonymous_readers_but_never_cases_or_writes()
    {
        await using var app = await SignedInApp.StartAsync(publicRead: true);
        using var anonymous = app.Client();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/parties")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/rounds")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/cases/hoang-thi-minh-hong/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/v1/parties/vietnam")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/audit")).StatusCode);
    }

    /// <summary>Runs `parley serve` until it is listening, then stops it; returns what it printed.</summary>
    private static async Task<string> ServeOnceAsync(TempStore store)
    {
        using var cts = new CancellationTokenSource();
        var output = new StringWriter();
        var serving = ParleyCommandLine.RunAsync(["serve", "--db", store.Path, "--urls", "http://127.0.0.1:0"], output, new StringWriter(), cts.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!output.ToString().Contains("Parley is serving") && DateTime.UtcNow < deadline && !serving.IsCompleted) await Task.Delay(100);
        await Task.Delay(200);
        await cts.CancelAsync();
        await serving;
        return output.ToString();
    }

    [GeneratedRegex("one-time password (\\S+)\\. ")]
    private static partial Regex OneTimePassword();
}
