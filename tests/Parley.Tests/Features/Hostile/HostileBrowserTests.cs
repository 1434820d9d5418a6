using System.Text.Json;
using Microsoft.Playwright;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Hostile;

/// <summary>
/// The hostile data set in real Chromium: on every page, and in the downloaded HTML briefing (which has no CSP to
/// fall back on), no dialog opens, no element the stored markup describes exists, no link leads to javascript:,
/// and the markup reads as text. A name typed into a form with markup comes back as text too.
/// </summary>
public sealed class HostileBrowserTests(HostileAppFixture fixture) : IClassFixture<HostileAppFixture>, IAsyncLifetime
{
    private DebianChromium _chromium = null!;
    private readonly List<string> _dialogs = [];

    public async Task InitializeAsync() => _chromium = await DebianChromium.LaunchAsync();

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    private const string Injected = """
        () => ({
            pwned: document.querySelectorAll('[data-pwned]').length,
            scriptLinks: [...document.querySelectorAll('[href]')].filter(a => (a.getAttribute('href') || '').trim().toLowerCase().startsWith('javascript:')).length,
            inlineScripts: [...document.scripts].filter(s => !s.src).length,
            text: document.body.innerText.includes('<img src=x onerror=alert(1) data-pwned>'),
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        })
        """;

    private sealed record Found(int Pwned, int ScriptLinks, int InlineScripts, bool Text, int Overflow);

    private async Task<IPage> SignedInPageAsync()
    {
        var page = await _chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Add($"{page.Url}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        await fixture.App.SignInAsync(page, "admin");
        return page;
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static async Task<Found> InspectAsync(IPage page) =>
        JsonSerializer.Deserialize<Found>(JsonSerializer.Serialize(await page.EvaluateAsync<JsonElement>(Injected)), WebJson)!;

    [Fact]
    public async Task No_page_runs_or_builds_anything_from_stored_markup()
    {
        var page = await SignedInPageAsync();
        var shownAsText = 0;
        foreach (var path in fixture.Pages)
        {
            await page.GotoAsync(fixture.App.BaseAddress + path.TrimStart('/'));
            var found = await InspectAsync(page);
            Assert.True(found.Pwned == 0, $"{path}: {found.Pwned} element(s) built from stored markup");
            Assert.True(found.ScriptLinks == 0, $"{path}: {found.ScriptLinks} javascript: link(s)");
            Assert.True(found.InlineScripts == 0, $"{path}: {found.InlineScripts} inline script(s)");
            if (found.Text) shownAsText++;
            if (path.StartsWith("/records/statements/", StringComparison.Ordinal) && !path.EndsWith("/edit", StringComparison.Ordinal))
                Assert.True(found.Overflow <= 0, $"{path}: a {HostileStore.LongWord.Length}-letter word widens the page by {found.Overflow}px");
        }
        Assert.Empty(_dialogs);
        Assert.True(shownAsText > fixture.Pages.Count / 2, $"only {shownAsText} of {fixture.Pages.Count} pages show the markup as text");
        await DebianChromium.ScreenshotAsync(page, "hostile-last-page");
    }

    [Fact]
    public async Task The_downloaded_html_briefing_opened_without_a_csp_runs_nothing()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync(fixture.App.BaseAddress + fixture.Pages.First(p => p.StartsWith("/briefings", StringComparison.Ordinal)).TrimStart('/'));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a:text-is('HTML')"));
        var html = await File.ReadAllTextAsync((await download.PathAsync())!);

        var file = await _chromium.Browser.NewPageAsync();
        file.Dialog += async (_, dialog) => { _dialogs.Add($"briefing file: {dialog.Message}"); await dialog.DismissAsync(); };
        await file.SetContentAsync(html);
        var found = await InspectAsync(file);

        Assert.Equal(0, found.Pwned);
        Assert.Equal(0, found.ScriptLinks);
        Assert.Equal(0, found.InlineScripts);
        Assert.True(found.Text);
        Assert.Contains("javascript:alert(3)", await file.InnerTextAsync("ol.sources"));
        Assert.Empty(_dialogs);
    }

    [Fact]
    public async Task A_party_named_with_markup_in_the_form_is_shown_by_that_name_as_text()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync(fixture.App.BaseAddress + "records/parties/new");
        await page.FillAsync("#f-key", "typed-markup");
        await page.FillAsync("#f-name", HostileStore.Markup);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/records/parties/typed-markup", StringComparison.Ordinal));

        Assert.Equal(HostileStore.Markup, (await page.InnerTextAsync("h1")).Trim());
        Assert.Equal(0, (await InspectAsync(page)).Pwned);
        await page.GotoAsync(fixture.App.BaseAddress + "records/parties");
        Assert.Equal(0, (await InspectAsync(page)).Pwned);
        Assert.Empty(_dialogs);
    }
}
