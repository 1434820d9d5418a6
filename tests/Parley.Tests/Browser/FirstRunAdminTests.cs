using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Parley.Tests.Support;

namespace Parley.Tests.Browser;

/// <summary>A new user's first minutes, in real headless Chromium: `parley serve` prints a password, and it works once.</summary>
public partial class FirstRunAdminTests
{
    [Fact]
    public async Task The_first_run_admin_signs_in_with_the_printed_password_chooses_a_new_one_and_reaches_the_dashboard()
    {
        using var store = new TempStore();
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var serving = ParleyCommandLine.RunAsync(["serve", "--db", store.Path, "--urls", "http://127.0.0.1:0"], output, new StringWriter(), stop.Token);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (!OneTimePassword().IsMatch(output.ToString()) && DateTime.UtcNow < deadline && !serving.IsCompleted) await Task.Delay(100);
            var password = OneTimePassword().Match(output.ToString()).Groups[1].Value;
            var url = ServingAt().Match(output.ToString()).Groups[1].Value.TrimEnd('/');
            Assert.NotEmpty(password);
            await using var chromium = await DebianChromium.LaunchAsync();
            var page = await chromium.Browser.NewPageAsync();

            await page.GotoAsync(url + "/");
            Assert.Contains("/login", page.Url);
            await page.FillAsync("#UserName", "admin");
            await page.FillAsync("#Password", password);
            await page.ClickAsync("#signin");
            await page.WaitForURLAsync(u => u.Contains("/account/password"));
            await DebianChromium.ScreenshotAsync(page, "first-run-password");
            await page.FillAsync("#Current", password);
            await page.FillAsync("#New", "a passphrase of my own choosing");
            await page.FillAsync("#Confirm", "a passphrase of my own choosing");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            await page.WaitForURLAsync(u => !u.Contains("/account/password"));
            await page.GotoAsync(url + "/");

            Assert.Contains("Dashboard", await page.TitleAsync());
            await DebianChromium.ScreenshotAsync(page, "first-run-dashboard");
        }
        finally
        {
            await stop.CancelAsync();
            await serving;
        }
    }

    [GeneratedRegex("one-time password (\\S+)\\. Sign in")]
    private static partial Regex OneTimePassword();

    [GeneratedRegex("Parley is serving .* at (\\S+) \\(")]
    private static partial Regex ServingAt();
}
