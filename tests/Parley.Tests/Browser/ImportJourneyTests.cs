using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Parley.Tests.Support;

namespace Parley.Tests.Browser;

/// <summary>An editor brings files in through the upload page in real headless Chromium: preview, confirm, find the records.</summary>
public class ImportJourneyTests
{
    /// <summary>The header and Viet Nam's 172 rows of the real session 1–5 file, bytes untouched (bare CR line endings).</summary>
    private static byte[] VietnamSlice()
    {
        var bytes = File.ReadAllBytes(SharedFolder.Path("data", "upr-info-2008-2014", "sessions-01-05.csv"));
        var lines = Split(bytes, (byte)'\r');
        var prefix = "Viet Nam,"u8.ToArray();
        var kept = lines.Take(1).Concat(lines.Skip(1).Where(l => l.AsSpan().StartsWith(prefix)));
        return kept.SelectMany(l => l.Append((byte)'\r')).ToArray();
    }

    private static List<byte[]> Split(byte[] bytes, byte separator)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != separator) continue;
            if (i > start) lines.Add(bytes[start..i]);
            start = i + 1;
        }
        return lines;
    }

    private static async Task UploadAsync(IPage page, string url, string file, string? format = null, string? kind = null)
    {
        await page.GotoAsync(url + "/import");
        await page.SetInputFilesAsync("input[name=Upload]", file);
        if (format is not null) await page.SelectOptionAsync("select[name=Format]", format);
        if (kind is not null) await page.SelectOptionAsync("select[name=Kind]", kind);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.WaitForSelectorAsync("#outcome");
    }

    private static async Task<int> UprCountAsync(TempStore store)
    {
        await using var db = store.Open();
        return await db.Recommendations.CountAsync(r => r.Mechanism == "UPR");
    }

    [Fact]
    public async Task An_editor_uploads_a_upr_file_and_a_csv_confirms_after_the_preview_and_finds_the_records_while_a_broken_file_stores_nothing()
    {
        await using var app = await RunningApp.StartAsync();
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var url = app.BaseUrl.TrimEnd('/');
        await app.SignInAsync(page);

        // A slice of a real UPR Info file: previewed, nothing stored yet, then confirmed.
        var upr = app.Store.File("viet-nam-session-5.csv");
        await File.WriteAllBytesAsync(upr, VietnamSlice());
        await UploadAsync(page, url, upr);
        Assert.Contains("Preview of viet-nam-session-5.csv", await page.InnerTextAsync("#outcome"));
        Assert.Equal("172", await page.InnerTextAsync("section[aria-labelledby=outcome] tr:has(td:text-is('recommendations')) td:nth-child(2)"));
        Assert.Equal(0, await UprCountAsync(app.Store));
        await DebianChromium.ScreenshotAsync(page, "import-upr-preview");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import \\d+ new") }).ClickAsync();
        await page.WaitForSelectorAsync("#outcome:has-text('Imported of viet-nam-session-5.csv')");
        Assert.Equal(172, await UprCountAsync(app.Store));

        // The party's UPR page, search and the dashboard find them.
        await page.GotoAsync(url + "/parties/vn/upr");
        var received = await page.InnerTextAsync("table[aria-label^='Recommendations made to'] tfoot");
        Assert.Contains("172", received);
        await page.GotoAsync(url + "/search?q=" + Uri.EscapeDataString("vocational training"));
        Assert.Contains("development challenges", await page.InnerTextAsync("main"));
        await page.GotoAsync(url + "/");
        Assert.Contains("172", await page.InnerTextAsync("section[aria-labelledby=upr-heading] tbody"));
        await DebianChromium.ScreenshotAsync(page, "dashboard-upr-panel");

        // A CSV of one kind: a new case.
        var cases = app.Store.File("cases.csv");
        await File.WriteAllTextAsync(cases, "key,personName,status,party,issueAreas\nle-van-browser,Lê Văn Browser,detained,vn,labour-rights\n");
        await UploadAsync(page, url, cases, format: "csv", kind: "cases");
        Assert.Equal("1", await page.InnerTextAsync("section[aria-labelledby=outcome] tr:has(td:text-is('cases')) td:nth-child(2)"));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import 1 new") }).ClickAsync();
        await page.WaitForSelectorAsync("#outcome:has-text('Imported of cases.csv')");
        await page.GotoAsync(url + "/records/cases/le-van-browser");
        Assert.Contains("Lê Văn Browser", await page.InnerTextAsync("main"));

        // A broken file: every problem with its line, no way to confirm, nothing stored.
        var broken = app.Store.File("broken.csv");
        await File.WriteAllTextAsync(broken,
            "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n" +
            "Viet Nam,Asia,ASEAN,Abolish the death penalty,Sweden,WEOG,EU,Noted,5,Death penalty,18\n" +
            "Viet Nam,Asia,ASEAN,Release bloggers,Norway,WEOG,,Perhaps,5,Freedom of expression,18\n" +
            "Viet Nam,Asia,ASEAN,,Norway,WEOG,,Accepted,5,Justice,18\n");
        await UploadAsync(page, url, broken);
        var outcome = await page.InnerTextAsync("#outcome");
        Assert.Contains("Rejected: 2 problem(s)", outcome);
        var problems = await page.InnerTextAsync("ul.problems");
        Assert.Contains("broken.csv:3: Response", problems);
        Assert.Contains("broken.csv:4: Text", problems);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import ") }).CountAsync());
        await DebianChromium.ScreenshotAsync(page, "import-rejected");
        Assert.Equal(172, await UprCountAsync(app.Store));
    }
}
