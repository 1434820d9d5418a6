using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Hostile;

/// <summary>Stored markup and script is text on every page, in the briefing files and in the exports.</summary>
public class HostileTextTests(HostileAppFixture fixture) : IClassFixture<HostileAppFixture>
{
    private SignedInApp App => fixture.App;

    [Fact]
    public async Task Every_page_writes_stored_markup_encoded_and_links_no_javascript_address()
    {
        using var admin = await App.SignInAsync("admin");
        var shown = 0;
        foreach (var path in fixture.Pages)
        {
            var response = await admin.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.False(html.Contains("<img src=x onerror", StringComparison.OrdinalIgnoreCase), $"{path} writes the stored <img> as markup");
            Assert.False(html.Contains("<script>alert", StringComparison.OrdinalIgnoreCase), $"{path} writes the stored <script> as markup");
            Assert.False(html.Contains("<b data-pwned>", StringComparison.OrdinalIgnoreCase), $"{path} writes a stored <b> as markup");
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            if (html.Contains("&lt;img src=x onerror=alert(1) data-pwned&gt;", StringComparison.Ordinal)) shown++;
        }
        // The records are there to be shown: most pages show at least one of them, as text.
        Assert.True(shown > fixture.Pages.Count / 2, $"only {shown} of {fixture.Pages.Count} pages show the hostile text");
    }

    [Fact]
    public async Task Search_snippets_mark_the_match_but_keep_the_markup_around_it_encoded()
    {
        using var viewer = App.Client(App.Token("viewer"));
        using var browser = await App.SignInAsync("viewer");

        var page = await browser.GetStringAsync("/search?q=alert");
        var api = JsonNode.Parse(await viewer.GetStringAsync("/api/v1/search?q=alert"))!;

        Assert.Contains("onerror=<mark>alert</mark>(1) data-pwned&gt;&lt;script&gt;<mark>alert</mark>(2)&lt;/script&gt;", page);
        var snippet = api["hits"]![0]!["snippetHtml"]!.GetValue<string>();
        Assert.Contains("&lt;script&gt;<mark>alert</mark>(2)&lt;/script&gt;", snippet);
        Assert.DoesNotContain("<script>", snippet);
    }

    [Fact]
    public async Task The_briefing_files_keep_markup_as_text_and_link_only_web_addresses()
    {
        var channel = JsonNode.Parse((await Cli.OkAsync("export", "--db", App.Store.Db)).Out)!["channels"]![0]!["key"]!.GetValue<string>();
        var folder = App.Store.Folder;

        await Cli.OkAsync("brief", "--channel", channel, "--format", "html", "--out", Path.Combine(folder, "b.html"), "--db", App.Store.Db);
        await Cli.OkAsync("brief", "--channel", channel, "--format", "md", "--out", Path.Combine(folder, "b.md"), "--db", App.Store.Db);
        await Cli.OkAsync("brief", "--channel", channel, "--format", "pdf", "--out", Path.Combine(folder, "b.pdf"), "--db", App.Store.Db);

        var html = await File.ReadAllTextAsync(Path.Combine(folder, "b.html"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.Contains("javascript:alert(3)", html);
        var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "b.md"));
        Assert.DoesNotContain("<script>", markdown);
        Assert.DoesNotContain("<javascript:", markdown);
        Assert.Contains("\\<script\\>alert(2)\\</script\\>", markdown);
        var pdfText = PdfToText(Path.Combine(folder, "b.pdf"));
        Assert.Contains("<script>alert(2)</script>", pdfText);
        Assert.Contains("javascript:alert(3)", pdfText);
    }

    [Fact]
    public async Task Exports_escape_the_markup_and_the_store_round_trips_through_json_and_csv()
    {
        var json = (await Cli.OkAsync("export", "--db", App.Store.Db)).Out;
        Assert.DoesNotContain("<script>", json);
        Assert.Contains("\\u003Cscript\\u003Ealert(2)\\u003C/script\\u003E", json);

        var csvFile = App.Store.File("parties.csv");
        await Cli.OkAsync("export", "--format", "csv", "--kind", "parties", "--out", csvFile, "--db", App.Store.Db);
        var csv = await File.ReadAllTextAsync(csvFile);
        foreach (var name in HostileStore.FormulaNames)
        {
            // No cell starts with a formula character: each such name is written after an apostrophe.
            Assert.DoesNotContain($",{name.Replace("\"", "\"\"")},", csv);
            Assert.DoesNotContain($",\"{name.Replace("\"", "\"\"")}\",", csv);
        }
        Assert.Contains(",'=HYPERLINK(", csv.Replace("\"'=HYPERLINK", "'=HYPERLINK"));
        Assert.Contains("'''twice", csv);

        using var copy = new TempStore();
        var jsonFile = App.Store.File("all.json");
        await File.WriteAllTextAsync(jsonFile, json);
        await Cli.OkAsync("import", jsonFile, "--db", copy.Db);
        Assert.Equal(json, (await Cli.OkAsync("export", "--db", copy.Db)).Out);

        using var partiesOnly = new TempStore();
        var sources = App.Store.File("sources.csv");
        await Cli.OkAsync("export", "--format", "csv", "--kind", "sources", "--out", sources, "--db", App.Store.Db);
        await Cli.OkAsync("import", sources, "--format", "csv", "--kind", "sources", "--db", partiesOnly.Db);
        await Cli.OkAsync("import", csvFile, "--format", "csv", "--kind", "parties", "--db", partiesOnly.Db);
        var back = App.Store.File("back.csv");
        await Cli.OkAsync("export", "--format", "csv", "--kind", "parties", "--out", back, "--db", partiesOnly.Db);
        Assert.Equal(csv, await File.ReadAllTextAsync(back));
        var names = JsonNode.Parse((await Cli.OkAsync("export", "--db", partiesOnly.Db)).Out)!["parties"]!.AsArray()
            .Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.All(HostileStore.FormulaNames, name => Assert.Contains(name, names));
    }

    private static string PdfToText(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
