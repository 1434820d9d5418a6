using Deque.AxeCore.Playwright;
using Parley.Tests.Browser;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>axe-core over the follow-up pages and the charts, in Chromium at 1440 px and 390 px: no serious or critical violation.</summary>
public class FollowUpAccessibilityTests
{
    private static readonly string[] Pages =
    [
        "/follow-up", "/follow-up/progress", "/follow-up/progress?by=institution", "/follow-up/notifications", "/follow-up/since-last-round?channel=human-rights",
        "/follow-up/mid-term?party=vn&cycle=1", "/follow-up/narrative?report=since-last-round&channel=human-rights", "/charts",
    ];

    [Fact]
    public async Task The_follow_up_pages_and_charts_have_no_serious_or_critical_accessibility_violation()
    {
        await using var app = await SignedInApp.StartAsync();
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
                    .Select(v => $"{width}px {path}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
            }
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
