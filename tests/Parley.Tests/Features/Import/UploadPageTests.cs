using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>The upload page over real HTTP: preview first, then confirm; anti-forgery enforced; a broken file is rejected whole.</summary>
public class UploadPageTests
{
    private const string Upr = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r" +
        "Viet Nam,Asia,ASEAN,Ratify the ILO core conventions on freedom of association,Sweden,WEOG,EU,Noted,5,Labour,5\r" +
        "Viet Nam,Asia,ASEAN,Continue efforts on poverty reduction,Laos,Asia,ASEAN,Accepted,3,Poverty,5\r";

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    private static Task<string> PreviewAsync(HttpClient http, string fileName, string content, params (string Name, string Value)[] options) =>
        PreviewAsync(http, fileName, System.Text.Encoding.UTF8.GetBytes(content), options);

    private static async Task<string> PreviewAsync(HttpClient http, string fileName, byte[] content, params (string Name, string Value)[] options)
    {
        var form = await http.GetStringAsync("/import");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(Hidden(form, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        if (options.Length == 0) body.Add(new StringContent(""), "Format");
        foreach (var (name, value) in options) body.Add(new StringContent(value), name);
        var response = await http.PostAsync("/import?handler=Preview", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_upr_file_is_previewed_then_imported_on_confirmation()
    {
        await using var app = await SignedInApp.StartAsync();
        var store = app.Store;
        using var http = await app.SignInAsync("editor");

        var preview = await PreviewAsync(http, "vn-upr.csv", Upr);

        Assert.Contains("Preview of vn-upr.csv", preview);
        Assert.Matches(@"<td>recommendations</td><td class=""num"">2</td>", preview);
        await using (var db = store.Open())
            Assert.Equal(0, await db.Recommendations.CountAsync(r => r.Mechanism == "UPR"));

        var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(preview, "__RequestVerificationToken"),
            ["Token"] = Hidden(preview, "Token"),
            ["FileName"] = Hidden(preview, "FileName"),
            ["Format"] = "", ["Kind"] = "", ["Encoding"] = "", ["Update"] = "false",
        });
        var done = await (await http.PostAsync("/import?handler=Confirm", confirm)).Content.ReadAsStringAsync();

        Assert.Contains("Imported of vn-upr.csv", done);
        await using (var db = store.Open())
        {
            Assert.Equal(2, await db.Recommendations.CountAsync(r => r.Mechanism == "UPR" && r.ToParty!.Key == "vn"));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Origin == "web import" && a.Kind == "Recommendation"));
        }
    }

    [Fact]
    public async Task An_OHCHR_matrix_workbook_of_one_state_is_previewed_and_imported_for_the_state_named_on_the_page()
    {
        await using var app = await SignedInApp.StartAsync();
        var store = app.Store;
        using var http = await app.SignInAsync("editor");
        var path = store.File("matrix.xlsx");
        Workbook.Write(path, "Recommendations",
        [
            ["Recommendation", "Position", "Themes"],
            ["118.4 Guarantee the right to form independent trade unions (Sweden);", "Supported", "D45 Freedom of association"],
        ]);

        var preview = await PreviewAsync(http, "matrix.xlsx", await File.ReadAllBytesAsync(path), ("Format", "upr-matrix"), ("UnderReview", "Viet Nam"));

        Assert.Contains("Preview of matrix.xlsx", preview);
        Assert.Equal("Viet Nam", Hidden(preview, "UnderReview"));
        var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(preview, "__RequestVerificationToken"),
            ["Token"] = Hidden(preview, "Token"),
            ["FileName"] = Hidden(preview, "FileName"),
            ["Format"] = "upr-matrix", ["Kind"] = "", ["Encoding"] = "", ["Update"] = "false", ["UnderReview"] = Hidden(preview, "UnderReview"),
        });
        var done = await (await http.PostAsync("/import?handler=Confirm", confirm)).Content.ReadAsStringAsync();

        Assert.Contains("Imported of matrix.xlsx", done);
        await using var db = store.Open();
        var imported = await db.Recommendations.Include(r => r.ToParty).Include(r => r.FromParty)
            .SingleAsync(r => r.Text == "Guarantee the right to form independent trade unions");
        Assert.Equal("vn", imported.ToParty!.Key);
        Assert.Equal("Sweden", imported.FromParty!.Name);
    }

    [Fact]
    public async Task A_broken_file_is_rejected_with_its_lines_and_nothing_is_written()
    {
        await using var app = await SignedInApp.StartAsync();
        var store = app.Store;
        using var http = await app.SignInAsync("editor");

        var preview = await PreviewAsync(http, "bad.csv", Upr.Replace("Noted", "Perhaps"));

        Assert.Contains("Rejected: 1 problem(s)", preview);
        Assert.Contains("<code>bad.csv:2: Response</code>", preview);
        Assert.DoesNotContain("name=\"Token\"", preview);
        await using var db = store.Open();
        Assert.Equal(0, await db.Recommendations.CountAsync(r => r.Mechanism == "UPR"));
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        await using var app = await SignedInApp.StartAsync();
        var store = app.Store;
        using var http = await app.SignInAsync("editor");

        using var body = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Upr)), "Upload", "x.csv" } };
        var response = await http.PostAsync("/import?handler=Preview", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_csv_preview_with_update_names_the_records_and_fields_that_change_and_confirming_applies_them()
    {
        await using var app = await SignedInApp.StartAsync();
        var store = app.Store;
        using var http = await app.SignInAsync("editor");
        // The second row repeats what is stored, so it is matched and left unchanged.
        string unchanged;
        await using (var db = store.Open())
        {
            var hong = await db.Cases.SingleAsync(c => c.Key == "hoang-thi-minh-hong");
            unchanged = $"hoang-thi-minh-hong,{hong.Status.ToString().ToLowerInvariant()},\"{hong.Sentence?.Replace("\"", "\"\"")}\"";
        }
        var csv = $"key,status,sentence\nnguyen-van-binh,sentenced,4 years\n{unchanged}\n";

        var preview = await PreviewAsync(http, "cases.csv", csv, ("Format", "csv"), ("Kind", "cases"), ("Update", "true"));

        Assert.Contains("Records to update", preview);
        Assert.Matches(@"<td>cases</td><td class=""num"">0</td><td class=""num"">1</td><td class=""num"">1</td>", preview);
        Assert.Contains("<td>nguyen-van-binh</td><td class=\"num\">2</td><td>status, sentence</td>", preview);
        await using (var db = store.Open())
            Assert.Equal(CaseStatus.Unknown, (await db.Cases.SingleAsync(c => c.Key == "nguyen-van-binh")).Status);

        var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(preview, "__RequestVerificationToken"),
            ["Token"] = Hidden(preview, "Token"),
            ["FileName"] = Hidden(preview, "FileName"),
            ["Format"] = "csv", ["Kind"] = "cases", ["Encoding"] = "", ["Update"] = Hidden(preview, "Update"),
        });
        var done = await (await http.PostAsync("/import?handler=Confirm", confirm)).Content.ReadAsStringAsync();

        Assert.Contains("Updated records", done);
        await using (var db = store.Open())
        {
            var binh = await db.Cases.SingleAsync(c => c.Key == "nguyen-van-binh");
            Assert.Equal((CaseStatus.Sentenced, "4 years"), (binh.Status, binh.Sentence));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Origin == "web import" && a.Action == AuditAction.Update && a.RecordKey == "nguyen-van-binh"));
        }
    }
}
