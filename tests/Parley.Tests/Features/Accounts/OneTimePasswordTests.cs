using System.Net;
using Parley.Features.Accounts;
using Parley.Features.Setup;
using Parley.Tests.Support;
using Parley.Web;

namespace Parley.Tests.Features.Accounts;

/// <summary>A one-time password (the first admin's, or one an admin reset) opens nothing but the form to replace it.</summary>
public class OneTimePasswordTests
{
    [Fact]
    public async Task Until_the_first_admin_changes_the_one_time_password_pages_the_api_and_tokens_refuse_with_the_reason()
    {
        using var store = new TempStore();
        await StoreSetup.EnsureReadyAsync(store.Location);
        var password = await FirstRunAdmin.EnsureAsync(store.Location);
        var token = (await Cli.OkAsync("tokens", "create", "--user", "admin", "--db", store.Path)).Out.Trim();
        await using var app = ParleyWebApp.Build(new WebSettings(store.Location, "http://127.0.0.1:0"));
        await app.StartAsync();
        var baseAddress = new Uri(app.Urls.First());
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        using var bearer = new HttpClient { BaseAddress = baseAddress };
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await SignedInApp.PostFormAsync(browser, "/login", new() { ["UserName"] = "admin", ["Password"] = password! });

        var page = await browser.GetAsync("/accounts");
        var cookieApi = await browser.GetAsync("/api/v1/parties");
        var tokenApi = await bearer.GetAsync("/api/v1/audit");
        var tokenWrite = await bearer.DeleteAsync("/api/v1/parties/vn");
        var formPost = await SignedInApp.PostFormAsync(browser, "/accounts?handler=add", new() { ["user"] = "sneaky", ["role"] = "admin" }, formPage: "/account/password");

        Assert.Equal("/account/password", page.Headers.Location?.ToString());
        foreach (var refused in new[] { cookieApi, tokenApi, tokenWrite, formPost })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("one-time password", await refused.Content.ReadAsStringAsync());
        }
        Assert.Contains("problem+json", tokenApi.Content.Headers.ContentType?.ToString());
        Assert.Equal("no", (await Cli.OkAsync("users", "list", "--db", store.Path)).Out.Contains("sneaky") ? "yes" : "no");

        var changed = await SignedInApp.PostFormAsync(browser, "/account/password",
            new() { ["Current"] = password!, ["New"] = "the admin's own passphrase", ["Confirm"] = "the admin's own passphrase" });
        Assert.Equal("/", changed.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/parties")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/v1/audit")).StatusCode);
    }
}
