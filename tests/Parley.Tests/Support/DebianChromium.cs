using Microsoft.Playwright;

namespace Parley.Tests.Support;

/// <summary>
/// Headless Chromium from Debian's package, driven by Playwright. Playwright never downloads a browser here:
/// scripts/test installs the `chromium` package when /usr/bin/chromium is missing.
/// </summary>
public sealed class DebianChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright _playwright = null!;
    public IBrowser Browser { get; private set; } = null!;

    public static async Task<DebianChromium> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: install Debian's chromium package (scripts/test does)");
        var chromium = new DebianChromium { _playwright = await Playwright.CreateAsync() };
        chromium.Browser = await chromium._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return chromium;
    }

    /// <summary>Where screenshots are kept as test artifacts: artifacts/screenshots in the checkout (ignored by git).</summary>
    public static string ScreenshotFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parley.slnx"))) dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder(), name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
