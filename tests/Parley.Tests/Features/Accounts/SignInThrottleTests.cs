using System.Diagnostics;
using System.Net;
using Parley.Features.Accounts;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

/// <summary>Password guessing is slowed on the sign-in action itself, and the answers never tell which names exist.</summary>
public class SignInThrottleTests
{
    [Fact]
    public async Task Every_spelling_of_the_sign_in_path_counts_toward_one_limit_per_address()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = app.Client();
        string[] spellings = ["/login", "/login/", "/LOGIN", "/Login?x=1", "/login?ReturnUrl=%2F"];

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var response = await SignedInApp.PostFormAsync(http, spellings[i % spellings.Length],
                new() { ["UserName"] = $"nobody{i}", ["Password"] = "whatever it is" }, formPage: "/login");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[11]);
    }

    [Fact]
    public async Task One_account_is_throttled_on_its_own_and_the_right_password_waits_too()
    {
        await using var app = await SignedInApp.StartAsync(settings: new Dictionary<string, string?>
        {
            [SignInThrottle.PerAddressSetting] = "100", [SignInThrottle.PerAccountSetting] = "3",
        });
        using var http = app.Client();

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await SignedInApp.PostFormAsync(http, "/login/", new() { ["UserName"] = "viewer", ["Password"] = "wrong guess number " + i })).StatusCode);
        var fourth = await SignedInApp.PostFormAsync(http, "/LOGIN", new() { ["UserName"] = " VIEWER ", ["Password"] = SignedInApp.Password }, formPage: "/login");
        var other = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "editor", ["Password"] = SignedInApp.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains(SignInThrottle.TooManyMessage, await fourth.Content.ReadAsStringAsync());
        Assert.Equal("60", fourth.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task An_unknown_name_gets_the_same_answers_as_a_wrong_password_in_about_the_same_time()
    {
        await using var app = await SignedInApp.StartAsync(settings: new Dictionary<string, string?> { [SignInThrottle.PerAddressSetting] = "1000" });
        using var http = app.Client();
        async Task<(string Answer, TimeSpan Took)> TryAsync(string user, string password)
        {
            var page = await http.GetStringAsync("/login");
            var clock = Stopwatch.StartNew();
            var response = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = user, ["Password"] = password }, formPage: "/login");
            var took = clock.Elapsed;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            return (System.Text.RegularExpressions.Regex.Match(html, "<div[^>]*errors[^>]*>.*?</div>|<span[^>]*error[^>]*>[^<]+</span>",
                System.Text.RegularExpressions.RegexOptions.Singleline).Value, took);
        }

        var unknown = new List<(string Answer, TimeSpan Took)>();
        var wrong = new List<(string Answer, TimeSpan Took)>();
        for (var i = 0; i < 4; i++)
        {
            unknown.Add(await TryAsync("nobody-at-all", "a wrong password " + i));
            wrong.Add(await TryAsync("viewer", "a wrong password " + i));
        }
        // The fifth failure locks a real account; a name that is no account says the same.
        var unknownLocked = await TryAsync("nobody-at-all", "a wrong password");
        var wrongLocked = await TryAsync("viewer", "a wrong password");
        var stillLocked = await TryAsync("nobody-at-all", "a wrong password");

        Assert.All(unknown.Concat(wrong), a => Assert.Contains("Wrong user name or password.", a.Answer));
        Assert.Equal(wrong[0].Answer, unknown[0].Answer);
        Assert.Equal(wrongLocked.Answer, unknownLocked.Answer);
        Assert.Equal(wrongLocked.Answer, stillLocked.Answer);
        Assert.Contains("locked", wrongLocked.Answer);
        // A real password check (PBKDF2) is done for an unknown name too: before, it answered at once (a few ms against
        // ~100). The fastest of each kind is compared, as other work on a loaded machine only ever adds time; the wrong
        // password also writes its failure count, so the bounds are wide, yet far from "at once".
        var fastestUnknown = unknown.Min(a => a.Took);
        var fastestWrong = wrong.Min(a => a.Took);
        var ratio = fastestUnknown / fastestWrong;
        Assert.True(ratio is > 0.3 and < 3, $"unknown name {fastestUnknown.TotalMilliseconds:0} ms, wrong password {fastestWrong.TotalMilliseconds:0} ms");
    }
}
