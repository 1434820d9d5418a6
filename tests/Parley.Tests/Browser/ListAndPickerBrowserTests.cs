using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Parley.Tests.Features.Records;
using Parley.Tests.Support;

namespace Parley.Tests.Browser;

/// <summary>
/// The list and form flows in real Chromium at a desk (1440 px) and on a phone (390 px), on SQLite and PostgreSQL
/// stores holding the UPR Info files beside the bundled data (33,000 recommendations, loaded once per store for the
/// run): filter then export exactly the rows shown (CSV and XLSX, read back from the downloaded files), save a view
/// and reopen it, pick linked records with the keyboard alone, switch the language, and a viewer offered nothing to
/// change.
/// </summary>
[Collection(UprData.Name)]
public class ListAndPickerBrowserTests(UprStores upr)
{
    private static readonly int[] Widths = [InterfaceBrowserTests.Desk, InterfaceBrowserTests.Phone];

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_filtered_list_exports_exactly_its_rows_as_CSV_and_XLSX_and_a_saved_view_reopens_it_at_both_widths(StoreKind kind)
    {
        var app = await upr.AppAsync(kind);
        await using var chromium = await DebianChromium.LaunchAsync();
        int all;
        (string Key, int Count) state;
        await using (var db = app.Store.Open())
        {
            all = await db.Recommendations.CountAsync();
            // The state under review closest to 300 recommendations: a facet that narrows tens of thousands to a few hundred.
            var states = await db.Parties.Select(p => new { p.Key, Count = db.Recommendations.Count(r => r.ToPartyId == p.Id) })
                .Where(p => p.Count >= 100 && p.Count <= 1000).ToListAsync();
            var closest = states.OrderBy(p => Math.Abs(p.Count - 300)).ThenBy(p => p.Key, StringComparer.Ordinal).First();
            state = (closest.Key, closest.Count);
        }
        foreach (var width in Widths)
        {
            var page = await InterfaceBrowserTests.SignedInPageAsync(chromium, app, "editor", width);
            await page.GotoAsync(app.BaseAddress + "records/recommendations");
            Assert.Equal(all, await CountAsync(page));
            // The choice says how many rows it would show, before it is applied.
            var choice = await page.Locator($"#filter-to option[value='{state.Key}']").InnerTextAsync();
            Assert.EndsWith($"({state.Count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"))})", choice, StringComparison.Ordinal);
            await page.SelectOptionAsync("#filter-to", state.Key);
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
            await page.WaitForURLAsync(u => u.Contains("to=" + Uri.EscapeDataString(state.Key), StringComparison.Ordinal));
            Assert.Equal(state.Count, await CountAsync(page));
            Assert.True(await InterfaceBrowserTests.OverflowAsync(page) <= 0, $"the filtered list is wider than {width} px: {await InterfaceBrowserTests.WidestAsync(page)}");
            await DebianChromium.ScreenshotAsync(page, $"list-filtered-{width}");

            var csv = await DownloadAsync(page, "CSV");
            Assert.Equal(state.Count, CsvRows(csv));
            var xlsx = await DownloadAsync(page, "XLSX");
            Assert.Equal(state.Count, XlsxRows(xlsx));

            // Saved, then reopened from a cleared list: the same filter and the same rows.
            var name = $"Narrowed at {width}";
            await page.FillAsync("#view-name", name);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save view" }).ClickAsync();
            await page.Locator(".saved-views a", new() { HasText = name }).WaitForAsync();
            await page.GotoAsync(app.BaseAddress + "records/recommendations");
            Assert.Equal(all, await CountAsync(page));
            await page.Locator(".saved-views a", new() { HasText = name }).ClickAsync();
            await page.WaitForURLAsync(u => u.Contains("to=" + Uri.EscapeDataString(state.Key), StringComparison.Ordinal));
            Assert.Equal(state.Count, await CountAsync(page));
            Assert.Equal(state.Key, await page.Locator("#filter-to").InputValueAsync());
        }
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Linked_records_are_picked_and_removed_with_the_keyboard_alone_and_the_choice_is_saved_at_both_widths(StoreKind kind)
    {
        var app = await upr.AppAsync(kind);
        await using var chromium = await DebianChromium.LaunchAsync();
        string article;
        await using (var db = app.Store.Open())
            article = await db.Provisions.Where(p => db.Provisions.Count(o => o.Label == p.Label) > 1).OrderBy(p => p.Key).Select(p => p.Label).FirstAsync();

        foreach (var width in Widths)
        {
            var page = await InterfaceBrowserTests.SignedInPageAsync(chromium, app, "editor", width);
            var key = $"picker-{width}";
            await page.GotoAsync(app.BaseAddress + "records/cases/new");
            await page.FillAsync("#f-key", key);
            await page.FillAsync("#f-personName", "Picked by keyboard");

            // One record: type, arrow down, Enter; the identifier goes into the input and the name is read out.
            var party = page.Locator("#f-party");
            await party.FocusAsync();
            await party.PressSequentiallyAsync("Viet");
            await page.Locator("#f-party-options li").First.WaitForAsync();
            Assert.Equal("true", await party.GetAttributeAsync("aria-expanded"));
            await page.Keyboard.PressAsync("ArrowDown");
            Assert.Equal("f-party-options-0", await party.GetAttributeAsync("aria-activedescendant"));
            var partyName = await page.Locator("#f-party-options-0").InnerTextAsync();
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal(partyName, await page.Locator("#f-party-chosen").InnerTextAsync());
            var partyKey = await party.InputValueAsync();

            // Several records: each choice becomes a chip; the second is removed again from the keyboard.
            var charges = page.Locator("#f-charges");
            foreach (var down in new[] { 1, 2 })
            {
                await charges.FocusAsync();
                await charges.PressSequentiallyAsync(article);
                await page.Locator("#f-charges-options li").Nth(1).WaitForAsync();
                for (var i = 0; i < down; i++) await page.Keyboard.PressAsync("ArrowDown");
                await page.Keyboard.PressAsync("Enter");
                Assert.Equal("", await charges.InputValueAsync());
            }
            var chips = page.Locator("ul.typeahead-chips li");
            Assert.Equal(2, await chips.CountAsync());
            if (width == InterfaceBrowserTests.Phone) await DebianChromium.ScreenshotAsync(page, "phone-picker-chips");
            else await DebianChromium.ScreenshotAsync(page, "desk-picker-chips");
            var kept = await chips.Nth(0).Locator("input[type=hidden]").InputValueAsync();
            await charges.FocusAsync();
            await page.Keyboard.PressAsync("Shift+Tab");
            Assert.StartsWith("Remove ", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"), StringComparison.Ordinal);
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal(1, await chips.CountAsync());
            Assert.Equal("f-charges", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            Assert.True(await InterfaceBrowserTests.OverflowAsync(page) <= 0, $"the form is wider than {width} px: {await InterfaceBrowserTests.WidestAsync(page)}");

            await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
            await page.WaitForURLAsync(u => u.EndsWith("/records/cases/" + key, StringComparison.Ordinal));
            await using var db = app.Store.Open();
            var saved = await db.Cases.Where(c => c.Key == key).Select(c => new { Party = c.Party!.Key, Charges = c.Charges.Select(p => p.Key).ToList() }).SingleAsync();
            Assert.Equal(partyKey, saved.Party);
            Assert.Equal([kept], saved.Charges);
        }
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_language_switch_turns_the_interface_Vietnamese_and_is_remembered(StoreKind kind)
    {
        var app = await upr.AppAsync(kind);
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await InterfaceBrowserTests.SignedInPageAsync(chromium, app, "editor", InterfaceBrowserTests.Desk);

        await page.GotoAsync(app.BaseAddress + "records/commitments");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếng Việt" }).ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/records/commitments", StringComparison.Ordinal));
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Đăng xuất", (await page.Locator(".user-menu button").InnerTextAsync()).Trim());

        await page.GotoAsync(app.BaseAddress.ToString());
        Assert.Equal("Những việc cần chú ý", await page.Locator("h1").InnerTextAsync());
        // Dates by the Vietnamese calendar words: the weekday and month are written the Vietnamese way.
        Assert.Matches("Tính đến .*tháng", await page.Locator("main p.muted").First.InnerTextAsync());
        await DebianChromium.ScreenshotAsync(page, "desk-dashboard-vi");
        var phone = await InterfaceBrowserTests.SignedInPageAsync(chromium, app, "editor", InterfaceBrowserTests.Phone, locale: "vi-VN");
        await phone.GotoAsync(app.BaseAddress.ToString());
        Assert.Equal("Danh mục", (await phone.Locator(".menu-toggle").InnerTextAsync()).Trim());
        await DebianChromium.ScreenshotAsync(phone, "phone-dashboard-vi");

        // Back to English: the choice is kept over the browser's Accept-Language.
        await phone.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await phone.GotoAsync(app.BaseAddress.ToString());
        Assert.Equal("What needs attention", await phone.Locator("h1").InnerTextAsync());
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_viewer_on_a_phone_is_offered_no_new_edit_delete_or_import(StoreKind kind)
    {
        var app = await upr.AppAsync(kind);
        await using var chromium = await DebianChromium.LaunchAsync();
        var viewer = await InterfaceBrowserTests.SignedInPageAsync(chromium, app, "viewer", InterfaceBrowserTests.Phone);

        await viewer.GotoAsync(app.BaseAddress + "records/commitments");
        Assert.Equal(0, await viewer.Locator("main a[href='/records/commitments/new']").CountAsync());
        await viewer.GotoAsync(app.BaseAddress + "records/commitments/csp-2023-human-rights-cooperation");
        Assert.Equal(0, await viewer.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).CountAsync());
        Assert.Equal(0, await viewer.GetByRole(AriaRole.Link, new() { Name = "Delete", Exact = true }).CountAsync());
        await viewer.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await viewer.Locator("#site-nav summary", new() { HasText = "Records" }).ClickAsync();
        Assert.Equal(0, await viewer.Locator("#site-nav a[href='/import']").CountAsync());
        await DebianChromium.ScreenshotAsync(viewer, "phone-viewer-record");
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Each_UPR_count_the_dashboard_links_opens_a_list_of_exactly_that_many_recommendations(StoreKind kind)
    {
        var app = await upr.AppAsync(kind);
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await InterfaceBrowserTests.SignedInPageAsync(chromium, app, "viewer", InterfaceBrowserTests.Desk);
        await page.GotoAsync(app.BaseAddress.ToString());
        // "Labour rights: 6 accepted recommendation(s)": the link, and the number the dashboard states beside it.
        var gaps = await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll("section[aria-labelledby=upr-heading] ul li")].map(li =>
                [li.querySelector("a").getAttribute("href"), (li.textContent.split(":").pop().match(/[\d,.]+/) || ["-1"])[0].replace(/[,.]/g, "")])
            """);
        Assert.NotEmpty(gaps);
        foreach (var gap in gaps.Take(4))
        {
            await page.GotoAsync(app.BaseAddress + gap[0].TrimStart('/'));
            Assert.True(int.Parse(gap[1], System.Globalization.CultureInfo.InvariantCulture) == await CountAsync(page),
                $"the dashboard says {gap[1]} for {gap[0]}, the list shows {await page.InnerTextAsync("p.count")}");
        }
    }

    /// <summary>The number of rows the list says it shows ("12 recommendations, page 1 of 1").</summary>
    private static async Task<int> CountAsync(IPage page)
    {
        var status = await page.InnerTextAsync("p.count");
        return int.Parse(new string(status.TakeWhile(c => char.IsDigit(c) || c == ',').Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("p.export a", new() { HasText = link }).ClickAsync());
        return await download.PathAsync();
    }

    private static int CsvRows(string file)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(file, System.Text.Encoding.UTF8)
        {
            TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited, HasFieldsEnclosedInQuotes = true,
        };
        parser.SetDelimiters(",");
        var rows = -1; // the header
        while (!parser.EndOfData) { parser.ReadFields(); rows++; }
        return rows;
    }

    private static int XlsxRows(string file)
    {
        using var document = SpreadsheetDocument.Open(file, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Row>().Count(r => r.Descendants<Cell>().Any(c => c.CellValue is not null || c.InlineString is not null)) - 1;
    }
}
