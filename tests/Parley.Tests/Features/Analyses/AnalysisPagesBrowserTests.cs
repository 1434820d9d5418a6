using Microsoft.Playwright;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Analyses;

/// <summary>The analysis pages driven in real headless Chromium, as an officer would use them.</summary>
public sealed class AnalysisPagesBrowserTests : IAsyncLifetime
{
    private SignedInApp _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _app = await SignedInApp.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await _browser.NewPageAsync();
        // The first requests warm a new store up; on a busy machine that can take longer than Playwright's 30 s.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        await _app.SignInAsync(page, "viewer");
        await page.GotoAsync(_app.BaseAddress.ToString().TrimEnd('/') + path);
        return page;
    }

    [Fact]
    public async Task A_pasted_draft_is_checked_and_its_confrontational_words_are_marked_in_place()
    {
        var page = await OpenAsync("/analyses/framing");
        await page.FillAsync("textarea[name=text]", "A colour revolution is feared. We will never back regime change. Chúng tôi tôn trọng thể chế chính trị của Việt Nam.");
        await page.SelectOptionAsync("select[name=kind]", "press-release");
        await page.ClickAsync("main button[type=submit]");

        Assert.Equal("present", await page.InnerTextAsync("#reassurance"));
        Assert.Equal("reword 1 term", await page.InnerTextAsync("#verdict"));
        Assert.Contains("disavowal", await page.InnerTextAsync("table[aria-label=Findings]"));
        Assert.Equal("colour revolution", await page.InnerTextAsync("mark.confrontational"));
        Assert.Contains("Do not use.", await page.InnerTextAsync("table[aria-label=Findings]"));
    }

    [Fact]
    public async Task Choosing_a_channel_shows_the_missing_links_and_whom_to_invite()
    {
        var page = await OpenAsync("/analyses");
        await page.ClickAsync("text=Decision-chain coverage");
        await page.SelectOptionAsync("select[name=channel]", "labor");
        await page.ClickAsync("main button[type=submit]");

        var invite = await page.InnerTextAsync("h3:has-text('Institutions to invite') + ul");
        Assert.Contains("National Assembly", invite);
        Assert.Contains("Politburo of the Communist Party of Vietnam", invite);
        Assert.Equal(2, await page.Locator("tr.link-missing").CountAsync());
    }
}
