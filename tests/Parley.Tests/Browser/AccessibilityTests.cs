using Deque.AxeCore.Playwright;
using Parley.Tests.Support;

namespace Parley.Tests.Browser;

/// <summary>
/// axe-core over the main pages, in Chromium at 1440 px and 390 px, in English and Vietnamese: no serious or critical
/// violation (missing names, contrast, landmarks, labels) on any of them.
/// </summary>
public class AccessibilityTests
{
    private static readonly string[] Pages =
    [
        "/", "/records/recommendations", "/records/commitments", "/records/commitments/csp-2023-human-rights-cooperation",
        "/records/commitments/csp-2023-human-rights-cooperation/edit", "/records/commitments/new", "/briefings", "/analyses",
        "/analyses/risk", "/analyses/treaties", "/analyses/law-changes", "/analyses/legal", "/timeline", "/powers", "/search?q=labour", "/accounts", "/admin", "/audit", "/import",
        "/account/password", "/no-such-page",
    ];

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_main_pages_have_no_serious_or_critical_accessibility_violation_at_either_width(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        await using var chromium = await DebianChromium.LaunchAsync();
        var found = new List<string>();
        foreach (var (width, locale) in new[] { (InterfaceBrowserTests.Desk, "en-US"), (InterfaceBrowserTests.Phone, "vi-VN") })
        {
            var page = await InterfaceBrowserTests.SignedInPageAsync(chromium, app, "admin", width, locale);
            foreach (var path in Pages)
            {
                await page.GotoAsync(app.BaseAddress + path.TrimStart('/'));
                var results = await page.RunAxe();
                found.AddRange(results.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{width}px {locale} {path}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
            }
        }
        var anonymous = await chromium.Browser.NewContextAsync();
        anonymous.SetDefaultTimeout(120_000);
        var login = await anonymous.NewPageAsync();
        await login.GotoAsync(app.BaseAddress + "login");
        found.AddRange((await login.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"/login: {v.Id} {v.Help}"));

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Open_filters_saved_views_a_typeahead_showing_suggestions_and_the_record_forms_have_no_serious_or_critical_violation(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        await using var chromium = await DebianChromium.LaunchAsync();
        var found = new List<string>();
        foreach (var (width, locale) in new[] { (InterfaceBrowserTests.Desk, "en-US"), (InterfaceBrowserTests.Phone, "vi-VN") })
        {
            var page = await InterfaceBrowserTests.SignedInPageAsync(chromium, app, "editor", width, locale);
            async Task CheckAsync(string what)
            {
                var results = await page.RunAxe();
                found.AddRange(results.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{width}px {locale} {what}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
            }

            // A list filtered, with its column chooser open and a saved view listed with its delete button.
            await page.GotoAsync(app.BaseAddress + "records/recommendations");
            var response = await page.Locator("#filter-response option:not([value=''])").First.GetAttributeAsync("value");
            await page.GotoAsync(app.BaseAddress + $"records/recommendations?response={response}");
            await page.FillAsync("#view-name", "Checked view");
            await page.Locator("form.save-view button[type=submit]").ClickAsync();
            await page.Locator(".saved-views a", new() { HasText = "Checked view" }).WaitForAsync();
            await page.Locator("details.columns summary").ClickAsync();
            await CheckAsync("list with filters, columns and saved views");
            await page.GotoAsync(app.BaseAddress + "records/cases?status=Detained");
            await page.Locator("details.columns summary").ClickAsync();
            await CheckAsync("case list filtered, columns open");

            // The forms, and a picker open with its suggestions and a chip chosen.
            foreach (var form in new[] { "records/recommendations/new", "records/rounds/new", "records/rounds/human-rights-next/edit", "records/cases/new" })
            {
                await page.GotoAsync(app.BaseAddress + form);
                await CheckAsync(form);
            }
            var charges = page.Locator("#f-charges");
            await charges.FocusAsync();
            await charges.PressSequentiallyAsync("Article");
            await page.Locator("#f-charges-options li").First.WaitForAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Enter");
            await charges.PressSequentiallyAsync("Article");
            await page.Locator("#f-charges-options li").First.WaitForAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            await CheckAsync("case form, picker open with suggestions");
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
