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
}
