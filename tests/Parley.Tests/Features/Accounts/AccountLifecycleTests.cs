using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

/// <summary>
/// The whole life of an account, from the CLI and from /accounts: add, role, disable and enable, reset, delete, sessions
/// and tokens listed and ended; sign-out ends the session on the server; the password policy; every change audited.
/// </summary>
public partial class AccountLifecycleTests
{
    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copied_cookie_stops_working()
    {
        await using var app = await SignedInApp.StartAsync();
        var jar = new CookieContainer();
        using var viewer = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = jar }) { BaseAddress = app.BaseAddress };
        await SignedInApp.PostFormAsync(viewer, "/login", new() { ["UserName"] = "viewer", ["Password"] = SignedInApp.Password });
        var copied = jar.GetCookieHeader(app.BaseAddress);
        using var thief = ClientWithCookie(app, copied);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/api/v1/parties")).StatusCode);

        var signOut = await SignedInApp.PostFormAsync(viewer, "/logout", [], formPage: "/");

        Assert.Equal("/login", signOut.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/v1/parties")).StatusCode);
        Assert.Equal("/login", (await thief.GetAsync("/")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task The_cli_runs_the_whole_lifecycle_and_every_change_is_in_the_audit_trail()
    {
        await using var app = await SignedInApp.StartAsync();
        var db = app.Store.Db;

        var added = await Cli.OkAsync("users", "add", "mai", "--role", "viewer", "--one-time", "--db", db);
        var oneTime = OneTimePassword().Match(added.Out).Groups[1].Value;
        Assert.NotEqual("", oneTime);
        var token = await app.CreateTokenAsync("mai");
        using var mai = await SignInAndChangeAsync(app, "mai", oneTime, "mai's own long passphrase");
        using var withToken = app.Client(token);
        Assert.Equal(HttpStatusCode.OK, (await withToken.GetAsync("/api/v1/parties")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await withToken.DeleteAsync("/api/v1/parties/vn")).StatusCode);

        Assert.Contains("now has the role editor", (await Cli.OkAsync("users", "role", "mai", "editor", "--db", db)).Out);
        await Task.Delay(BearerTokenHandler.CheckEvery);
        Assert.NotEqual(HttpStatusCode.Forbidden, (await withToken.DeleteAsync("/api/v1/parties/no-such-party")).StatusCode);

        var sessions = (await Cli.OkAsync("users", "sessions", "--db", db)).Out;
        var session = Regex.Match(sessions, @"^\s*(\d+)\s+mai\s", RegexOptions.Multiline).Groups[1].Value;
        Assert.NotEqual("", session);
        Assert.Contains($"Ended session {session} of mai", (await Cli.OkAsync("users", "end-session", session, "--db", db)).Out);
        await Task.Delay(BearerTokenHandler.CheckEvery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await mai.GetAsync("/api/v1/parties")).StatusCode);

        await Cli.OkAsync("users", "disable", "mai", "--db", db);
        await Task.Delay(BearerTokenHandler.CheckEvery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withToken.GetAsync("/api/v1/parties")).StatusCode);
        var disabledSignIn = await SignedInApp.PostFormAsync(app.Client(), "/login", new() { ["UserName"] = "mai", ["Password"] = "mai's own long passphrase" });
        Assert.Contains("This account is disabled", await disabledSignIn.Content.ReadAsStringAsync());
        Assert.Contains("disabled since", (await Cli.OkAsync("users", "list", "--db", db)).Out);

        await Cli.OkAsync("users", "enable", "mai", "--db", db);
        var reset = await Cli.OkAsync("users", "reset-password", "mai", "--db", db);
        var resetPassword = Regex.Match(reset.Out, @"One-time password for mai: (\S+) ").Groups[1].Value;
        var oldPassword = await SignedInApp.PostFormAsync(app.Client(), "/login", new() { ["UserName"] = "mai", ["Password"] = "mai's own long passphrase" });
        Assert.Contains("Wrong user name or password.", await oldPassword.Content.ReadAsStringAsync());
        await Task.Delay(BearerTokenHandler.CheckEvery);
        var refusedToken = await withToken.GetAsync("/api/v1/parties");
        Assert.Equal(HttpStatusCode.Forbidden, refusedToken.StatusCode);
        Assert.Contains("one-time password", await refusedToken.Content.ReadAsStringAsync());
        using var again = await SignInAndChangeAsync(app, "mai", resetPassword, "mai's second passphrase");

        Assert.Contains("Deleted mai", (await Cli.OkAsync("users", "delete", "mai", "--db", db)).Out);
        await Task.Delay(BearerTokenHandler.CheckEvery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withToken.GetAsync("/api/v1/parties")).StatusCode);
        Assert.DoesNotContain("mai", (await Cli.OkAsync("users", "list", "--db", db)).Out);

        await using var store = app.Store.Open();
        var trail = await store.AuditEntries.AsNoTracking().Where(a => a.RecordKey == "mai" || a.Kind == AccountLifecycle.SessionKind).OrderBy(a => a.Id).ToListAsync();
        var changes = trail.Select(a => $"{a.Kind} {a.Action} {a.After ?? a.Before}").ToList();
        Assert.Contains(changes, c => c.StartsWith("User Create", StringComparison.Ordinal) && c.Contains("\"OneTimePassword\":true"));
        Assert.Contains(changes, c => c.Contains("changed by its owner"));
        Assert.Contains(changes, c => c.Contains("\"Role\":\"editor\""));
        Assert.Contains(changes, c => c.StartsWith("Session Update", StringComparison.Ordinal) && c.Contains("\"Ended\":true"));
        Assert.Contains(changes, c => c.Contains("\"Disabled\":true"));
        Assert.Contains(changes, c => c.Contains("\"Disabled\":false"));
        Assert.Contains(changes, c => c.Contains("reset to a one-time password"));
        Assert.Contains(changes, c => c.StartsWith("User Delete", StringComparison.Ordinal));
        Assert.All(trail, a => Assert.StartsWith(a.Kind == "User" && a.After?.Contains("changed by its owner") == true ? "mai" : "cli:", a.Actor));
        Assert.DoesNotContain(trail, a => (a.After ?? "").Contains(resetPassword) || (a.After ?? "").Contains(oneTime));
    }

    [Fact]
    public async Task An_admin_runs_the_lifecycle_on_the_accounts_page()
    {
        await using var app = await SignedInApp.StartAsync();
        using var admin = await app.SignInAsync("admin");

        var added = await Post(admin, "add", ("user", "lan"), ("role", "viewer"));
        var oneTime = Regex.Match(added, "id=\"one-time-password\">([^<]+)<").Groups[1].Value;
        Assert.NotEqual("", oneTime);
        using var lan = await SignInAndChangeAsync(app, "lan", oneTime, "lan keeps a long passphrase");
        var lanToken = await app.CreateTokenAsync("lan");

        var page = await Post(admin, "role", ("user", "lan"), ("role", "editor"));
        Assert.Contains("lan now has the role editor.", page);
        Assert.Matches(@"<td>\d+</td><td>lan</td>", page); // lan's session is listed
        var tokenId = Regex.Match(page, @"<td>(\d+)</td><td>lan</td><td>token</td>").Groups[1].Value;
        var sessionId = Regex.Match(page, @"<td>(\d+)</td><td>lan</td><td>\d{4}-").Groups[1].Value;

        Assert.Contains($"Ended session {sessionId} of lan.", await Post(admin, "endSession", ("id", sessionId)));
        Assert.Contains($"Revoked token {tokenId} ('token') of lan.", await Post(admin, "revokeToken", ("id", tokenId)));
        await Task.Delay(BearerTokenHandler.CheckEvery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await lan.GetAsync("/api/v1/parties")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client(lanToken).GetAsync("/api/v1/parties")).StatusCode);

        Assert.Contains("Disabled lan", await Post(admin, "disable", ("user", "lan"), ("disable", "true")));
        Assert.Contains("Enabled lan", await Post(admin, "disable", ("user", "lan"), ("disable", "false")));
        var reset = await Post(admin, "reset", ("user", "lan"));
        Assert.Matches("id=\"one-time-password\">[^<]+<", reset);
        Assert.Contains("you cannot delete your own account", await Post(admin, "delete", ("user", "admin"), ("confirm", "admin")));
        Assert.Contains("type the user name", await Post(admin, "delete", ("user", "lan"), ("confirm", "")));
        Assert.Contains("Deleted lan", await Post(admin, "delete", ("user", "lan"), ("confirm", "lan")));
        Assert.DoesNotContain("<th scope=\"row\">lan</th>", await admin.GetStringAsync("/accounts"));

        using var editor = await app.SignInAsync("editor");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/accounts")).StatusCode);
    }

    [Theory]
    [InlineData("short pass", "at least 12 characters")]
    [InlineData("password1234", "commonly used passwords")]
    [InlineData("P@ssw0rd-2024!", "commonly used passwords")]
    [InlineData("Correct Horse Battery Staple", "commonly used passwords")]
    [InlineData("qwertyuiop123", "commonly used passwords")]
    public async Task Short_or_common_passwords_are_refused_by_the_cli_and_the_change_form(string password, string reason)
    {
        await using var app = await SignedInApp.StartAsync();
        var cli = await Cli.RunWithInputAsync(password + "\n", "users", "add", "weak", "--role", "viewer", "--password-stdin", "--db", app.Store.Db);
        using var viewer = await app.SignInAsync("viewer");
        var form = await SignedInApp.PostFormAsync(viewer, "/account/password",
            new() { ["Current"] = SignedInApp.Password, ["New"] = password, ["Confirm"] = password });

        Assert.NotEqual(0, cli.Exit);
        Assert.Contains(reason, cli.Error);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains(reason, await form.Content.ReadAsStringAsync());
        Assert.DoesNotContain("weak", (await Cli.OkAsync("users", "list", "--db", app.Store.Db)).Out);
        Assert.True(CommonPasswordValidator.Count > 10_000);
    }

    private static async Task<string> Post(HttpClient admin, string handler, params (string Name, string Value)[] fields)
    {
        var response = await SignedInApp.PostFormAsync(admin, $"/accounts?handler={handler}", fields.ToDictionary(f => f.Name, f => f.Value), formPage: "/accounts");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await admin.GetStringAsync("/accounts"));
    }

    private static async Task<HttpClient> SignInAndChangeAsync(SignedInApp app, string user, string oneTime, string chosen)
    {
        var http = app.Client();
        var signIn = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = user, ["Password"] = oneTime });
        Assert.Equal("/account/password", signIn.Headers.Location?.ToString());
        var changed = await SignedInApp.PostFormAsync(http, "/account/password", new() { ["Current"] = oneTime, ["New"] = chosen, ["Confirm"] = chosen });
        Assert.Equal("/", changed.Headers.Location?.ToString());
        return http;
    }

    private static HttpClient ClientWithCookie(SignedInApp app, string cookie)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return http;
    }

    [GeneratedRegex(@"One-time password: (\S+) ")]
    private static partial Regex OneTimePassword();
}
