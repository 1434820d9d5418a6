using System.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

/// <summary>
/// Case records name detained people: a viewer reads them only once an admin grants case access, and a viewer
/// without it finds no case name on any page or API answer that gathers records (dashboard, search, timeline,
/// analyses, briefing).
/// </summary>
public class CaseAccessTests
{
    /// <summary>Pages and API answers that draw on cases among other records.</summary>
    private static readonly string[] Gathering =
    [
        "/", "/timeline", "/search?q=hoang", "/search?q=nguyen", "/search?q=arrested", "/search?q=detention",
        "/api/v1/search?q=hoang", "/api/v1/search?q=nguyen", "/api/v1/search?q=arrested",
        "/analyses/risk?year=2024", "/api/v1/analyses/risk?year=2024", "/analyses/legal", "/api/v1/analyses/legal",
        "/briefings?channel=human-rights&round=human-rights-next", "/briefings?channel=human-rights&round=human-rights-next&format=md",
        "/records/provisions/vn-cc-art-117", "/records/rounds/human-rights-next", "/records/parties/vn",
        "/records/issue-areas/detention-due-process",
    ];

    [Fact]
    public async Task A_viewer_without_case_access_finds_no_case_name_anywhere_and_one_with_it_does()
    {
        await using var app = await SignedInApp.StartAsync();
        List<string> names;
        await using (var db = app.Store.Open())
            names = await db.Cases.Select(c => c.PersonName).ToListAsync();
        Assert.Contains("Hoàng Thị Minh Hồng", names);

        using var viewer = await app.SignInAsync("viewer");
        using var caseViewer = await app.SignInAsync(SignedInApp.CaseViewer);
        var leaks = new List<string>();
        var seenByCaseViewer = new HashSet<string>();
        foreach (var path in Gathering)
        {
            var plain = await ReadAsync(viewer, path);
            var granted = await ReadAsync(caseViewer, path);
            foreach (var name in names)
            {
                if (plain.Contains(name, StringComparison.OrdinalIgnoreCase)) leaks.Add($"{path} shows '{name}'");
                if (granted.Contains(name, StringComparison.OrdinalIgnoreCase)) seenByCaseViewer.Add(path);
            }
            Assert.DoesNotContain("/records/cases/", plain);
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        // The same pages do name the cases for a viewer with access: the check above is not vacuous.
        foreach (var path in new[] { "/timeline", "/api/v1/search?q=hoang", "/analyses/risk?year=2024", "/records/issue-areas/detention-due-process" })
            Assert.Contains(path, seenByCaseViewer);
        Assert.Contains("Cases by status", await caseViewer.GetStringAsync("/"));
        Assert.DoesNotContain("Cases by status", await viewer.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetAsync("/records/cases")).StatusCode);
        Assert.Equal("/denied", (await viewer.GetAsync("/records/cases/hoang-thi-minh-hong")).Headers.Location?.AbsolutePath);
        Assert.DoesNotContain("href=\"/records/cases\"", await viewer.GetStringAsync("/"));
    }

    [Fact]
    public async Task An_admin_grants_and_revokes_case_access_on_the_accounts_page_and_the_token_follows_at_once()
    {
        await using var app = await SignedInApp.StartAsync();
        using var token = app.Client(app.Token("viewer"));
        using var admin = await app.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await token.GetAsync("/api/v1/cases/hoang-thi-minh-hong")).StatusCode);
        Assert.Contains("Grant case access", await admin.GetStringAsync("/accounts"));

        var granted = await SignedInApp.PostFormAsync(admin, "/accounts?handler=cases", new() { ["user"] = "viewer", ["allow"] = "true" }, formPage: "/accounts");

        Assert.Equal("/accounts", granted.Headers.Location?.OriginalString);
        Assert.Contains("viewer may now read case records.", await admin.GetStringAsync("/accounts"));
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/cases/hoang-thi-minh-hong")).StatusCode);
        using (var signedInAfter = await app.SignInAsync("viewer"))
            Assert.Equal(HttpStatusCode.OK, (await signedInAfter.GetAsync("/records/cases/hoang-thi-minh-hong")).StatusCode);

        var revoked = await Cli.OkAsync("users", "revoke-cases", "viewer", "--db", app.Store.Db);
        Assert.Contains("may no longer read case records", revoked.Out);
        Assert.Equal(HttpStatusCode.Forbidden, (await token.GetAsync("/api/v1/cases/hoang-thi-minh-hong")).StatusCode);
        Assert.Contains("nothing changed", (await Cli.OkAsync("users", "revoke-cases", "viewer", "--db", app.Store.Db)).Out);

        await using var db = app.Store.Open();
        var changes = await db.AuditEntries.Where(a => a.Kind == "User" && a.RecordKey == "viewer" && a.Action == AuditAction.Update)
            .OrderBy(a => a.Id).Select(a => new { a.Actor, a.After }).ToListAsync();
        Assert.Equal(2, changes.Count);
        Assert.Equal("admin", changes[0].Actor);
        Assert.Contains("\"CaseAccess\":true", changes[0].After);
        Assert.StartsWith("cli:", changes[1].Actor);
        Assert.Contains("\"CaseAccess\":false", changes[1].After);
    }

    [Fact]
    public async Task Users_list_shows_who_reads_cases_editors_and_admins_by_role()
    {
        await using var app = await SignedInApp.StartAsync();
        var lines = (await Cli.OkAsync("users", "list", "--db", app.Store.Db)).Out.Split('\n');

        string Cases(string user) => lines.Single(l => l.StartsWith(user + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[2];
        Assert.Equal("no", Cases("viewer"));
        Assert.Equal("yes", Cases(SignedInApp.CaseViewer));
        Assert.Equal("yes", Cases("editor"));
        Assert.Equal("yes", Cases("admin"));
    }

    [Fact]
    public async Task A_case_recorded_after_a_viewers_search_is_withheld_from_the_next_one()
    {
        await using var app = await SignedInApp.StartAsync();
        var file = app.Store.File("later.json");
        await File.WriteAllTextAsync(file, """
            { "format": "parley", "version": 1, "statements": [
              { "key": "note-later", "title": "Embassy note", "kind": "remark", "text": "Consular access was asked for Trần Văn Lâm in Huế." } ] }
            """);
        await Cli.OkAsync("import", file, "--db", app.Store.Db);
        using var viewer = await app.SignInAsync("viewer");
        Assert.Contains("Trần Văn Lâm", await ReadAsync(viewer, "/search?q=consular+hue"));

        await File.WriteAllTextAsync(file, """
            { "format": "parley", "version": 1, "cases": [
              { "key": "tran-van-lam", "personName": "Trần Văn Lâm", "status": "unknown", "party": "vn" } ] }
            """);
        await Cli.OkAsync("import", file, "--db", app.Store.Db);

        var page = await ReadAsync(viewer, "/search?q=consular+hue");
        Assert.DoesNotContain("Trần Văn Lâm", page);
        Assert.Contains("[name withheld]", page);
    }

    [Fact]
    public async Task A_statement_naming_a_detained_person_shows_the_name_withheld_to_a_viewer_without_case_access()
    {
        await using var app = await SignedInApp.StartAsync();
        await using (var db = app.Store.Open())
        {
            var source = await db.Sources.FirstAsync();
            db.Statements.Add(new Statement
            {
                Key = "raised-hong", Title = "Remarks on Hoang Thi Minh Hong", Kind = StatementKind.Remark,
                Text = "We raised the case of Hoàng Thị Minh Hồng, sentenced in 2024.", Citations = [new Citation { Source = source }],
            });
            await db.SaveChangesAsync();
            // An edit, so the page's history shows the name in both the old and the new value.
            (await db.Statements.SingleAsync(s => s.Key == "raised-hong")).Text = "We raised again the case of Hoàng Thị Minh Hồng.";
            await db.SaveChangesAsync();
        }
        using var viewer = await app.SignInAsync("viewer");
        using var caseViewer = await app.SignInAsync(SignedInApp.CaseViewer);

        foreach (var path in new[] { "/records/statements/raised-hong", "/records/statements" })
        {
            var plain = await ReadAsync(viewer, path);
            Assert.DoesNotContain("Minh Hồng", plain);
            Assert.DoesNotContain("Minh Hong", plain);
            Assert.Contains("[name withheld]", plain);
            // The list shows titles only: the name in this title is written without diacritics.
            Assert.Contains("Remarks on Hoang Thi Minh Hong", await ReadAsync(caseViewer, path));
        }
        var page = await ReadAsync(viewer, "/records/statements/raised-hong");
        Assert.Contains("We raised again the case of [name withheld].", page);
        Assert.Contains("We raised again the case of Hoàng Thị Minh Hồng.", await ReadAsync(caseViewer, "/records/statements/raised-hong"));
    }

    [Fact]
    public async Task A_statement_naming_a_detained_person_reads_through_the_API_with_the_name_withheld_from_a_viewer_without_case_access()
    {
        await using var app = await SignedInApp.StartAsync();
        await using (var db = app.Store.Open())
        {
            db.Statements.Add(new Statement
            {
                Key = "raised-hong", Title = "Remarks on Hoang Thi Minh Hong", Kind = StatementKind.Remark,
                Text = "We raised the case of Hoàng Thị Minh Hồng, sentenced in 2024.", Citations = [new Citation { Source = await db.Sources.FirstAsync() }],
            });
            await db.SaveChangesAsync();
        }
        using var viewer = app.Client(app.Token("viewer"));
        using var caseViewer = app.Client(app.Token(SignedInApp.CaseViewer));

        foreach (var path in new[] { "/api/v1/statements/raised-hong", "/api/v1/statements?pageSize=200", "/api/v1/statements/raised-hong/history" })
        {
            var plain = await ReadAsync(viewer, path);
            Assert.DoesNotContain("Minh Hồng", plain);
            Assert.DoesNotContain("Minh Hong", plain);
            Assert.Contains("Remarks on [name withheld]", await ReadAsync(viewer, "/api/v1/statements/raised-hong"));
            Assert.Contains("We raised the case of [name withheld], sentenced in 2024.", plain);
            Assert.Contains("raised-hong", plain);
            var named = await ReadAsync(caseViewer, path);
            Assert.Contains("We raised the case of Hoàng Thị Minh Hồng, sentenced in 2024.", named);
        }
    }

    private static async Task<string> ReadAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
