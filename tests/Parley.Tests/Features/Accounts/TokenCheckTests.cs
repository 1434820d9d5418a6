using System.Net;
using Parley.Features.Accounts;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

/// <summary>
/// The server trusts a token it found valid for a moment (<see cref="BearerTokenHandler.CheckEvery"/>) instead of
/// reading it on every request; a revocation or an access change still counts.
/// </summary>
public class TokenCheckTests
{
    [Fact]
    public async Task A_token_revoked_by_another_process_is_refused_within_moments()
    {
        await using var app = await SignedInApp.StartAsync();
        var token = await app.CreateTokenAsync("viewer");
        using var client = app.Client(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/parties/vn")).StatusCode);

        // `parley tokens revoke` as its own process, as an administrator would run it beside the server.
        using (var revoke = ParleyProcess.Start("tokens", "revoke", (await NewestTokenIdAsync(app)).ToString(), "--db", app.Store.Db))
        {
            await revoke.Process.WaitForExitAsync();
            Assert.True(revoke.Process.ExitCode == 0, revoke.Output);
        }

        // Refused once the kept check runs out; the loop only bounds the test on a very slow machine.
        var deadline = DateTime.UtcNow + BearerTokenHandler.CheckEvery * 30;
        var status = HttpStatusCode.OK;
        while (DateTime.UtcNow < deadline && (status = (await client.GetAsync("/api/v1/parties/vn")).StatusCode) == HttpStatusCode.OK)
            await Task.Delay(100);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/parties/vn")).StatusCode);
    }

    [Fact]
    public async Task Withdrawing_case_access_on_the_accounts_page_refuses_the_token_at_the_next_request()
    {
        await using var app = await SignedInApp.StartAsync();
        using var token = app.Client(app.Token(SignedInApp.CaseViewer));
        using var admin = await app.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/cases/hoang-thi-minh-hong")).StatusCode);

        await SignedInApp.PostFormAsync(admin, "/accounts?handler=cases", new() { ["user"] = SignedInApp.CaseViewer, ["allow"] = "false" }, formPage: "/accounts");

        Assert.Equal(HttpStatusCode.Forbidden, (await token.GetAsync("/api/v1/cases/hoang-thi-minh-hong")).StatusCode);
    }

    private static async Task<int> NewestTokenIdAsync(SignedInApp app)
    {
        var listed = await Cli.OkAsync("tokens", "list", "--db", app.Store.Db);
        return listed.Out.Split('\n').Select(l => l.Trim().Split(' ')[0]).Select(id => int.TryParse(id, out var n) ? n : 0).Max();
    }
}
