using Microsoft.Playwright;
using Parley.Tests.Support;
using Parley.Store;

namespace Parley.Tests.Browser;

/// <summary>A desk officer's journey in real headless Chromium: record a round and a commitment, find them, edit, see history.</summary>
public class RoundAndCommitmentJourneyTests
{
    private static string Day(int offset) => StoreClock.Today().AddDays(offset).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_round_with_a_delegation_and_a_commitment_made_through_the_forms_shows_on_the_dashboard_and_timeline_and_keeps_its_history()
    {
        await using var app = await RunningApp.StartAsync();
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var url = app.BaseUrl.TrimEnd('/');
        await app.SignInAsync(page);

        // The round, with two seats at the table and an agenda item.
        await page.GotoAsync(url + "/records/rounds/new");
        await page.FillAsync("#f-key", "hrd-browser");
        await page.FillAsync("#f-channel", "human-rights");
        await page.FillAsync("#f-title", "Human Rights Dialogue, browser round");
        await page.SelectOptionAsync("#f-status", "Held");
        await page.FillAsync("#f-date", Day(-10));
        await page.FillAsync("#f-delegates-0--institution", "vn-mfa");
        await page.SelectOptionAsync("#f-delegates-0--role", "Head");
        await page.FillAsync("#f-delegates-1--institution", "vn-mps");
        await page.SelectOptionAsync("#f-delegates-1--role", "Member");
        await page.FillAsync("#f-agenda-0--issueArea", "civil-political");
        await DebianChromium.ScreenshotAsync(page, "round-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await page.WaitForURLAsync(url + "/records/rounds/hrd-browser");
        var round = await page.InnerTextAsync("main");
        Assert.Contains("Ministry of Public Security", round);
        Assert.Contains("Unsourced", round);
        await DebianChromium.ScreenshotAsync(page, "round-detail");

        // The commitment made in that round, due in 30 days.
        await page.GotoAsync(url + "/records/commitments/new");
        await page.FillAsync("#f-key", "browser-commitment");
        await page.FillAsync("#f-title", "Allow visits to detained bloggers");
        await page.FillAsync("#f-party", "vn");
        await page.FillAsync("#f-deadline", Day(30));
        await page.FillAsync("#f-channel", "human-rights");
        await page.FillAsync("#f-round", "hrd-browser");
        await page.SelectOptionAsync("#f-history-0--status", "Open");
        await page.FillAsync("#f-history-0--date", Day(-10));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await page.WaitForURLAsync(url + "/records/commitments/browser-commitment");

        // The dashboard lists it as due and the round as the channel's last.
        await page.GotoAsync(url + "/");
        var due = await page.InnerTextAsync("section[aria-labelledby=due-heading]");
        Assert.Contains("Allow visits to detained bloggers", due);
        Assert.Contains("due in 30 days", due);
        Assert.Contains("Human Rights Dialogue, browser round", await page.InnerTextAsync("section[aria-labelledby=rounds-heading]"));
        await DebianChromium.ScreenshotAsync(page, "dashboard");

        // The timeline of the channel draws both, each linking to its record.
        await page.GotoAsync(url + "/timeline?channel=human-rights");
        Assert.Equal(1, await page.Locator("svg.timeline a[href='/records/rounds/hrd-browser']").CountAsync());
        Assert.True(await page.Locator("svg.timeline a[href='/records/commitments/browser-commitment']").CountAsync() >= 2);
        await DebianChromium.ScreenshotAsync(page, "timeline");

        // An edit, then its history.
        await page.GotoAsync(url + "/records/commitments/browser-commitment/edit");
        await page.FillAsync("#f-title", "Allow family visits to detained bloggers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(url + "/records/commitments/browser-commitment");
        var history = await page.InnerTextAsync("section[aria-labelledby=history-heading]");
        Assert.Contains("changed it", history);
        Assert.Contains("Allow visits to detained bloggers", history);
        Assert.Contains("Allow family visits to detained bloggers", history);
        await DebianChromium.ScreenshotAsync(page, "commitment-detail");

        // Two editors open the same record; the second save is refused and says who saved first.
        var other = await chromium.Browser.NewPageAsync();
        await app.SignInAsync(other);
        await page.GotoAsync(url + "/records/commitments/browser-commitment/edit");
        await other.GotoAsync(url + "/records/commitments/browser-commitment/edit");
        await page.FillAsync("#f-indicator", "Visits logged by the embassy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(url + "/records/commitments/browser-commitment");
        await other.FillAsync("#f-indicator", "Visits reported by families");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var refusal = await other.InnerTextAsync("[role=alert]");
        Assert.Matches(@"changed by editor at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC since you opened it", refusal);
        await DebianChromium.ScreenshotAsync(other, "stale-edit-refused");
        await page.ReloadAsync();
        Assert.Contains("Visits logged by the embassy", await page.InnerTextAsync("main"));
    }

    [Fact]
    public async Task The_main_pages_open_start_with_a_skip_link_for_the_keyboard_and_are_kept_as_screenshots()
    {
        await using var app = await RunningApp.StartAsync();
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var url = app.BaseUrl.TrimEnd('/');
        await app.SignInAsync(page);

        await page.GotoAsync(url + "/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        foreach (var (path, name) in new[]
        {
            ("/powers", "powers"), ("/records/commitments", "commitments-list"), ("/records/institutions/vn-mfa", "institution-detail"),
            ("/records/frameworks/tpp", "framework-detail"), ("/records/cases?status=Unknown", "cases-filtered"), ("/records/rounds/human-rights-next/edit", "round-edit"),
        })
        {
            var response = await page.GotoAsync(url + path);
            Assert.Equal(200, response!.Status);
            await DebianChromium.ScreenshotAsync(page, name);
        }

        // Printing leaves out the navigation and the forms.
        await page.GotoAsync(url + "/records/commitments");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync("nav.site"));
        Assert.False(await page.IsVisibleAsync("form.filters"));
        Assert.True(await page.IsVisibleAsync("table.list"));
    }
}
