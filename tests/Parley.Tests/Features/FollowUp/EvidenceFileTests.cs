using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Features.FollowUp;
using Parley.Tests.Browser;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>
/// A file given as evidence for a progress report: attached on the report's form, shown on the follow-up's page as its
/// name and size, downloaded byte for byte by any reader, refused when too large or not what its name says, and carried
/// by export, import, backup and restore.
/// </summary>
public partial class EvidenceFileTests
{
    private const string Commitment = "evfta-labor-code-2019";

    /// <summary>A small PDF: its header, then bytes of every value, so a download that changed any of them shows.</summary>
    private static byte[] Pdf(int size = 3000) =>
        [.. "%PDF-1.4\n"u8.ToArray(), .. Enumerable.Range(0, size - 9).Select(i => (byte)(i * 7 % 256))];

    /// <summary>A Windows program's first bytes ("MZ"), as a file renamed to look like a PDF would start.</summary>
    private static byte[] Program() => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. Enumerable.Repeat((byte)0, 200)];

    private static async Task<string> AssignAsync(SignedInApp app)
    {
        using var editor = app.Client(app.Token("editor"));
        var created = await editor.PostAsJsonAsync("/api/v1/follow-up/assignments", new { commitment = Commitment, lead = "vn-molisa" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["key"]!.GetValue<string>();
    }

    /// <summary>Posts the report form with a file, as a browser does: the page's anti-forgery token, multipart.</summary>
    private static async Task<HttpResponseMessage> ReportWithFileAsync(HttpClient pages, string key, string fileName, byte[] content, string text = "Decree signed")
    {
        var page = await pages.GetStringAsync($"/follow-up/assignments/{key}");
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("2026-03-01"), "date" },
            { new StringContent(text), "text" },
            { new StringContent("in-progress"), "state" },
            { new ByteArrayContent(content), "evidenceFile", fileName },
        };
        return await pages.PostAsync($"/follow-up/assignments/{key}?handler=report", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/follow-up/evidence/\\d+)\"")]
    private static partial Regex Download();

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_file_attached_to_a_report_is_shown_and_downloads_byte_for_byte_for_a_viewer_who_cannot_upload(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        var key = await AssignAsync(app);
        using var editor = await app.SignInAsync("editor");
        var content = Pdf();

        var posted = await ReportWithFileAsync(editor, key, "Decree 12.pdf", content);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await editor.GetStringAsync($"/follow-up/assignments/{key}");
        Assert.Contains("Report 1 recorded with the file Decree 12.pdf", page);
        Assert.Contains("Decree 12.pdf (2.9 KB)", page);
        var href = Download().Match(page).Groups[1].Value;

        // A viewer reads the page and downloads the file, but the form is not theirs and a post is refused on the server.
        using var viewer = await app.SignInAsync("viewer");
        Assert.Contains("Decree 12.pdf (2.9 KB)", await viewer.GetStringAsync($"/follow-up/assignments/{key}"));
        var download = await viewer.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Decree 12.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var refused = await ReportWithFileAsync(viewer, key, "other.pdf", content, "A viewer's report");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/denied", refused.Headers.Location!.AbsolutePath);
        using (var anonymous = app.Client())
            Assert.Equal("/login", (await anonymous.GetAsync(href)).Headers.Location!.AbsolutePath);

        await using (var db = app.Store.Open())
        {
            var file = await db.EvidenceFiles.SingleAsync();
            Assert.Equal(EvidenceUpload.Sha256(content), file.Sha256);
            Assert.Equal("editor", file.UploadedBy);
            var audit = await db.AuditEntries.SingleAsync(a => a.Kind == "EvidenceFile");
            Assert.Equal("editor", audit.Actor);
            Assert.Contains(file.Sha256, audit.After);
            Assert.Single((await db.FollowUpAssignments.SingleAsync(a => a.Key == key)).Reports);
        }

        // Removing the file keeps the report; the download is gone and the trail says who removed it.
        var removed = await SignedInApp.PostFormAsync(editor, $"/follow-up/assignments/{key}?handler=removeevidence",
            new() { ["number"] = "1" }, $"/follow-up/assignments/{key}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = await editor.GetStringAsync($"/follow-up/assignments/{key}");
        Assert.Contains("Decree signed", after);
        Assert.DoesNotContain("Decree 12.pdf (", after);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(href)).StatusCode);
        await using (var db = app.Store.Open())
        {
            Assert.False(await db.EvidenceFiles.AnyAsync());
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Kind == "EvidenceFile" && a.Action == Parley.Domain.AuditAction.Delete));
        }
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_file_attached_to_a_recorded_report_replaces_its_old_one_and_the_api_and_the_list_describe_it(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        var key = await AssignAsync(app);
        using var editor = app.Client(app.Token("editor"));
        var reported = await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/reports", new { date = "2026-03-01", text = "Minutes of the meeting", state = "in-progress" });
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        var (minutes, decree) = (app.Store.File("minutes.pdf"), app.Store.File("decree.pdf"));
        await File.WriteAllBytesAsync(minutes, Pdf(3000));
        await File.WriteAllBytesAsync(decree, Pdf(5000));

        var wrongReport = await Cli.RunAsync("follow-up", "attach", key, "2", minutes, "--db", app.Store.Db);
        Assert.NotEqual(0, wrongReport.Exit);
        Assert.Contains($"'{key}' has no report 2 (it has 1)", wrongReport.Error);
        await Cli.OkAsync("follow-up", "attach", key, "1", minutes, "--db", app.Store.Db);
        var replaced = await Cli.OkAsync("follow-up", "attach", key, "1", decree, "--db", app.Store.Db);
        Assert.Contains("has the file decree.pdf (4.9 KB)", replaced.Out);

        // The API's follow-up and `follow-up list --json` name the report's file, its fingerprint and where to get it.
        var file = JsonNode.Parse(await editor.GetStringAsync($"/api/v1/follow-up/assignments/{key}"))!["reports"]![0]!["file"]!;
        Assert.Equal("decree.pdf", file["fileName"]!.GetValue<string>());
        Assert.Equal(5000, file["size"]!.GetValue<long>());
        Assert.Equal(EvidenceUpload.Sha256(Pdf(5000)), file["sha256"]!.GetValue<string>());
        Assert.Equal(Pdf(5000), await editor.GetByteArrayAsync(file["href"]!.GetValue<string>()));
        var listed = JsonNode.Parse((await Cli.OkAsync("follow-up", "list", "--json", "--db", app.Store.Db)).Out)!.AsArray()
            .Single(a => a!["key"]!.GetValue<string>() == key)!["reports"]![0]!["file"]!;
        Assert.Equal(EvidenceUpload.Sha256(Pdf(5000)), listed["sha256"]!.GetValue<string>());
        await using (var db = app.Store.Open())
        {
            Assert.Equal("decree.pdf", (await db.EvidenceFiles.SingleAsync()).FileName);
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Kind == "EvidenceFile" && a.Action == Parley.Domain.AuditAction.Create));
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Kind == "EvidenceFile" && a.Action == Parley.Domain.AuditAction.Delete));
        }

        await Cli.OkAsync("follow-up", "detach", key, "1", "--db", app.Store.Db);
        var after = JsonNode.Parse(await editor.GetStringAsync($"/api/v1/follow-up/assignments/{key}"))!["reports"]![0]!;
        Assert.Null(after["file"]);
        Assert.Equal("Minutes of the meeting", after["text"]!.GetValue<string>());

        // On the page, an editor gives the recorded report a file; a viewer is not offered the form.
        using var pages = await app.SignInAsync("editor");
        var page = await pages.GetStringAsync($"/follow-up/assignments/{key}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent("1"), "number" },
            { new ByteArrayContent(Pdf(4000)), "evidenceFile", "signed minutes.pdf" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostAsync($"/follow-up/assignments/{key}?handler=attachevidence", form)).StatusCode);
        page = await pages.GetStringAsync($"/follow-up/assignments/{key}");
        Assert.Contains("Report 1 has the file signed minutes.pdf now.", page);
        Assert.Contains("signed minutes.pdf (3.9 KB)", page);
        using var viewer = await app.SignInAsync("viewer");
        Assert.DoesNotContain("handler=attachevidence", await viewer.GetStringAsync($"/follow-up/assignments/{key}"));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_file_over_the_limit_or_not_what_its_name_says_is_refused_and_nothing_is_stored(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind), limits: InputLimits.Defaults with { EvidenceBytes = 2000 });
        var key = await AssignAsync(app);
        using var editor = await app.SignInAsync("editor");

        await ReportWithFileAsync(editor, key, "big.pdf", Pdf(2001));
        var page = await editor.GetStringAsync($"/follow-up/assignments/{key}");
        Assert.Contains("Not saved: file: &#x27;big.pdf&#x27; is 2,001 bytes; an evidence file may be at most 2,000 bytes", page);
        Assert.Contains(InputLimits.EvidenceBytesVariable, page);

        await ReportWithFileAsync(editor, key, "setup.pdf", Program());
        page = await editor.GetStringAsync($"/follow-up/assignments/{key}");
        Assert.Contains("Not saved: file: &#x27;setup.pdf&#x27; is named as a PDF, but its content is not one", page);

        // A Vietnamese reader is told the same in Vietnamese, the kind of file included.
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi");
        await ReportWithFileAsync(editor, key, "setup.pdf", Program());
        page = WebUtility.HtmlDecode(await editor.GetStringAsync($"/follow-up/assignments/{key}"));
        Assert.Contains("file: 'setup.pdf' được đặt tên như một tệp PDF, nhưng nội dung không phải vậy", page);

        await using var db = app.Store.Open();
        Assert.False(await db.EvidenceFiles.AnyAsync());
        Assert.Empty((await db.FollowUpAssignments.SingleAsync(a => a.Key == key)).Reports);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Kind == "EvidenceFile"));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Export_import_backup_and_restore_carry_the_file_byte_for_byte(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var db = new[] { "--db", store.Db };
        var content = Pdf(5000);
        var path = store.File("minutes.pdf");
        await File.WriteAllBytesAsync(path, content);
        await Cli.OkAsync(["follow-up", "assign", "--commitment", Commitment, "--lead", "vn-molisa", "--key", "labour", .. db]);
        var reported = await Cli.OkAsync(["follow-up", "report", "labour", "--date", "2026-03-01", "--text", "Minutes of the meeting", "--state", "in-progress",
            "--file", path, .. db]);
        Assert.Contains("with the file minutes.pdf (4.9 KB)", reported.Out);

        var first = store.File("first.json");
        await Cli.OkAsync("export", "--format", "json", "--out", first, "--db", store.Db);
        var followUp = JsonDocument.Parse(await File.ReadAllBytesAsync(first)).RootElement.GetProperty("followUps").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "labour");
        var file = followUp.GetProperty("reports")[0].GetProperty("evidenceFile");
        Assert.Equal("minutes.pdf", file.GetProperty("name").GetString());
        Assert.Equal(content, file.GetProperty("content").GetBytesFromBase64());
        Assert.Equal(EvidenceUpload.Sha256(content), file.GetProperty("sha256").GetString());

        using var copy = TempStore.Create(kind);
        await Cli.OkAsync("import", first, "--db", copy.Db);
        var second = store.File("second.json");
        await Cli.OkAsync("export", "--format", "json", "--out", second, "--db", copy.Db);
        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
        Assert.Equal(content, await StoredAsync(copy));

        using var restored = TempStore.Create(kind);
        var backup = store.File("backup.parley");
        await Cli.OkAsync("backup", "--out", backup, "--db", store.Db);
        await Cli.OkAsync("restore", backup, "--db", restored.Db);
        Assert.Equal(content, await StoredAsync(restored));
    }

    private static async Task<byte[]> StoredAsync(TempStore store)
    {
        await using var db = store.Open();
        return (await db.EvidenceFiles.SingleAsync()).Content;
    }

    [Fact]
    public async Task An_import_refuses_a_file_whose_content_does_not_match_its_fingerprint_and_writes_nothing()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        var path = store.File("minutes.pdf");
        await File.WriteAllBytesAsync(path, Pdf());
        await Cli.OkAsync("follow-up", "assign", "--commitment", Commitment, "--lead", "vn-molisa", "--key", "labour", "--db", store.Db);
        await Cli.OkAsync("follow-up", "report", "labour", "--date", "2026-03-01", "--text", "Minutes", "--state", "in-progress", "--file", path, "--db", store.Db);
        var exported = (await Cli.OkAsync("export", "--format", "json", "--db", store.Db)).Out;
        var sha = EvidenceUpload.Sha256(Pdf());
        var damaged = store.File("damaged.json");
        await File.WriteAllTextAsync(damaged, exported.Replace(sha, new string('0', 64), StringComparison.Ordinal));

        using var copy = TempStore.Create(StoreKind.Sqlite);
        var run = await Cli.RunAsync("import", damaged, "--db", copy.Db);

        Assert.Contains("'labour'.reports[0].evidenceFile.sha256: does not match the content", run.Error);
        Assert.True(await copy.IsMissingAsync() || !await HasFilesAsync(copy));
    }

    private static async Task<bool> HasFilesAsync(TempStore store)
    {
        await using var db = store.Open();
        return await db.EvidenceFiles.AnyAsync();
    }

    [Fact]
    public void Kinds_are_told_by_their_content_and_names_are_kept_safe()
    {
        Assert.Equal("application/pdf", EvidenceUpload.Check("a.pdf", Pdf(), 10_000).ContentType);
        Assert.Equal("text/plain; charset=utf-8", EvidenceUpload.Check("notes.txt", "Biên bản cuộc họp\n"u8.ToArray(), 10_000).ContentType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", EvidenceUpload.Check("report.docx", Docx(), 100_000).ContentType);
        Assert.Contains("holds a Word document; name it with .docx", Assert.Throws<UserError>(() => EvidenceUpload.Check("report.xlsx", Docx(), 100_000)).Message);
        Assert.Contains("holds a PDF; name it with .pdf", Assert.Throws<UserError>(() => EvidenceUpload.Check("scan.png", Pdf(), 10_000)).Message);
        Assert.Contains("is named as a PDF, but its content is not one", Assert.Throws<UserError>(() => EvidenceUpload.Check("setup.pdf", Program(), 10_000)).Message);
        Assert.Contains("is not a kind of file kept as evidence", Assert.Throws<UserError>(() => EvidenceUpload.Check("setup.exe", Program(), 10_000)).Message);
        Assert.Contains("is empty", Assert.Throws<UserError>(() => EvidenceUpload.Check("a.pdf", [], 10_000)).Message);

        Assert.Equal("decree.pdf", EvidenceUpload.SafeName(@"C:\Users\lan\decree.pdf"));
        Assert.Equal("passwd", EvidenceUpload.SafeName("../../etc/passwd"));
        Assert.Equal("photo_gpj.exe", EvidenceUpload.SafeName("photo\u202Egpj.exe"));
        Assert.Equal("a_b_.pdf", EvidenceUpload.SafeName("a<b>.pdf"));
        Assert.Equal("evidence", EvidenceUpload.SafeName(" .. "));
        Assert.Equal(255, EvidenceUpload.SafeName(new string('x', 400) + ".pdf").Length);
        Assert.EndsWith(".pdf", EvidenceUpload.SafeName(new string('x', 400) + ".pdf"), StringComparison.Ordinal);
    }

    /// <summary>The smallest zip that is a Word document by its parts.</summary>
    private static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) types.Write("<Types/>");
            using (var body = new StreamWriter(zip.CreateEntry("word/document.xml").Open())) body.Write("<document/>");
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task An_editor_attaches_a_file_on_the_report_form_in_Chromium_and_it_is_listed_with_its_size()
    {
        await using var app = await SignedInApp.StartAsync();
        var key = await AssignAsync(app);
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await InterfaceBrowserTests.SignedInPageAsync(chromium, app, "editor", InterfaceBrowserTests.Desk);
        page.SetDefaultTimeout(120_000);
        var content = Pdf(4096);

        await page.GotoAsync(app.BaseAddress + $"follow-up/assignments/{key}");
        await page.FillAsync("#r-text", "Decree published in the gazette");
        await page.SetInputFilesAsync("#r-file", new Microsoft.Playwright.FilePayload { Name = "gazette.pdf", MimeType = "application/pdf", Buffer = content });
        await page.ClickAsync("form[action*='handler=report'] button[type=submit]");
        await page.WaitForSelectorAsync("text=Report 1 recorded with the file gazette.pdf");

        var link = page.Locator("a", new() { HasText = "gazette.pdf (4 KB)" });
        var href = await link.GetAttributeAsync("href");
        using var viewer = app.Client(app.Token("viewer"));
        Assert.Equal(content, await viewer.GetByteArrayAsync(href!.TrimStart('/')));
    }
}
