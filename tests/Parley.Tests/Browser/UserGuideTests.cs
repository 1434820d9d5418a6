using Microsoft.Playwright;
using Parley.Tests.Support;
using Parley.Store;

namespace Parley.Tests.Browser;

/// <summary>
/// The three main tasks of docs/user-guide.md, done in real Chromium as a desk officer would, each step checked for
/// what the officer needs to see; the screenshots the guide shows are taken here (docs/guide/*.jpg), so the guide's
/// pictures are those of the interface the suite has just proved to work.
/// </summary>
public class UserGuideTests
{
    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(GuideFolder(), name + ".jpg"), Type = ScreenshotType.Jpeg, Quality = 70 });

    private static string GuideFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "Parley.slnx"))) dir = dir.Parent!;
        var folder = Path.Combine(dir.FullName, "docs", "guide");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<IPage> DeskPageAsync(DebianChromium chromium, RunningApp app)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        // The first requests warm a new store up; on a busy shared machine that can take longer than Playwright's 30 s.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        var page = await context.NewPageAsync();
        await app.SignInAsync(page);
        return page;
    }

    [Fact]
    public async Task Find_and_export_recommendations_search_then_a_filtered_list_then_exactly_its_rows()
    {
        await using var app = await RunningApp.StartAsync();
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await DeskPageAsync(chromium, app);
        var url = app.BaseUrl.TrimEnd('/');

        // Search across every kind of record.
        await page.GotoAsync(url + "/search?q=freedom+of+expression");
        Assert.Contains("recommendation", await page.InnerTextAsync("main"));
        await ShotAsync(page, "1-search");

        // The recommendations narrowed to one response (the first the list offers), the way a reader filters.
        await page.GotoAsync(url + "/records/recommendations");
        var response = await page.Locator("#filter-response option:not([value=''])").First.GetAttributeAsync("value");
        await page.SelectOptionAsync("#filter-response", response!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("response=", StringComparison.Ordinal));
        var status = await page.InnerTextAsync("p.count");
        var shown = int.Parse(status.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(shown > 0, status);
        await ShotAsync(page, "1-list");

        // The export holds exactly the rows the list counts.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        var file = await download.PathAsync();
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(file, System.Text.Encoding.UTF8)
        {
            TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited, HasFieldsEnclosedInQuotes = true,
        };
        parser.SetDelimiters(",");
        var rows = -1; // the header
        while (!parser.EndOfData) { parser.ReadFields(); rows++; }
        Assert.Equal(shown, rows);
    }

    [Fact]
    public async Task Prepare_a_round_asks_coverage_and_briefing()
    {
        await using var app = await RunningApp.StartAsync();
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await DeskPageAsync(chromium, app);
        var url = app.BaseUrl.TrimEnd('/');

        // The briefing for the round, chosen on Prepare a round; it opens with the asks.
        await page.GotoAsync(url + "/");
        await page.Locator("#site-nav a", new() { HasText = "Prepare a round" }).ClickAsync();
        await page.SelectOptionAsync("select[name=channel]", "human-rights");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show briefing" }).ClickAsync();
        await page.SelectOptionAsync("select[name=round]", "human-rights-next");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show briefing" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("round=human-rights-next", StringComparison.Ordinal));
        Assert.Contains("What to ask for", await page.InnerTextAsync("main"));
        await ShotAsync(page, "2-briefing");

        // From the briefing to the asks, where each names who can act and by when, and an editor decides on it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Decide the asks for this round" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/asks?round=human-rights-next", StringComparison.Ordinal));
        var first = page.Locator("section.ask").First;
        Assert.Contains("Who", await first.InnerTextAsync());
        Assert.Contains("By", await first.InnerTextAsync());
        Assert.Equal(1, await first.GetByRole(AriaRole.Button, new() { Name = "Accept" }).CountAsync());
        await ShotAsync(page, "2-asks");

        // Who must be at the table.
        await page.GotoAsync(url + "/analyses");
        await page.GetByRole(AriaRole.Link, new() { Name = "Decision-chain coverage" }).ClickAsync();
        await page.SelectOptionAsync("select[name=channel]", "human-rights");
        await page.FillAsync("input[name=round]", "human-rights-next");
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("round=human-rights-next", StringComparison.Ordinal));
        Assert.Contains("Institutions to invite", await page.InnerTextAsync("main"));
        await ShotAsync(page, "2-coverage");
    }

    [Fact]
    public async Task Record_what_happened_the_round_held_a_follow_up_plan_and_a_progress_report()
    {
        await using var app = await RunningApp.StartAsync();
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await DeskPageAsync(chromium, app);
        var url = app.BaseUrl.TrimEnd('/');
        var today = StoreClock.Today().ToString("yyyy-MM-dd");

        // The round was held: its status, date and outcomes.
        await page.GotoAsync(url + "/records/rounds/human-rights-next/edit");
        await page.SelectOptionAsync("#f-status", "Held");
        await page.FillAsync("#f-date", today);
        await page.FillAsync("#f-outcomes", "Both sides agreed to continue technical cooperation on legal reform.");
        await ShotAsync(page, "3-round-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(url + "/records/rounds/human-rights-next");
        Assert.Contains("Both sides agreed to continue technical cooperation", await page.InnerTextAsync("main"));

        // A commitment handed to its lead institution, with an action and a report on it.
        await page.GotoAsync(url + "/follow-up/assign?commitment=csp-2023-human-rights-cooperation");
        await page.FillAsync("#f-lead", "vn-mfa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/follow-up/assignments/", StringComparison.Ordinal));
        await page.FillAsync("#a-what", "Hold a technical workshop on the Criminal Code's vague terms");
        await page.FillAsync("#a-date", StoreClock.Today().AddDays(20).ToString("yyyy-MM-dd"));
        await page.Locator("form[aria-labelledby=action-heading] button[type=submit]").ClickAsync();
        await page.FillAsync("#r-text", "The ministry confirmed the workshop's dates in writing.");
        await page.Locator("form[aria-labelledby=report-heading] button[type=submit]").ClickAsync();
        var assignment = await page.InnerTextAsync("main");
        Assert.Contains("Hold a technical workshop", assignment);
        Assert.Contains("confirmed the workshop's dates", assignment);
        await ShotAsync(page, "3-assignment");

        // What is due next, for everyone who follows up.
        await page.GotoAsync(url + "/follow-up");
        Assert.Contains("Hold a technical workshop", await page.InnerTextAsync("main"));
        await ShotAsync(page, "3-follow-up");
    }
}
