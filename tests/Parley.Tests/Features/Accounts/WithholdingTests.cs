using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

/// <summary>
/// Each way a detained person's name used to reach a viewer without case access, closed: search snippets, risk
/// notes, commitment titles on the dashboard, timeline and enforceability analysis, other spellings of a name, a
/// case's former name, and the list filter used as an oracle.
/// </summary>
public class WithholdingTests
{
    private const string Hong = "Hoàng Thị Minh Hồng";

    private static void NoName(string text, string where, params string[] names)
    {
        var found = PlantedNames.Leaks(text, names.Length == 0 ? [Hong] : names).ToList();
        Assert.True(found.Count == 0, $"{where} shows {string.Join(", ", found)}");
    }

    private static async Task<string> ReadAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await ViewerRouteWalkTests.VisibleTextAsync(response);
    }

    [Fact]
    public async Task A_search_for_part_of_a_name_shows_the_snippet_with_the_whole_name_withheld()
    {
        await using var app = await SignedInApp.StartAsync();
        await using (var db = app.Store.Open())
        {
            db.Statements.Add(new Statement
            {
                Key = "consular-visit", Title = "Consular visit", Kind = StatementKind.Remark,
                Text = "The consul asked again to visit Hoang Thi Minh Hong in detention and was refused.",
            });
            await db.SaveChangesAsync();
        }
        using var viewer = await app.SignInAsync("viewer");
        using var token = app.Client(app.Token("viewer"));

        // The mark around "Hoang" used to split the name before it was looked for.
        var api = await ReadAsync(token, "/api/v1/search?q=Hoang+consul");
        var page = await ReadAsync(viewer, "/search?q=Hoang+consul");

        NoName(api, "/api/v1/search");
        NoName(page, "/search");
        Assert.Contains("visit [name withheld] in detention", api);
        Assert.Contains("visit [name withheld] in detention", page);
        Assert.Contains("Hoang Thi Minh Hong", await ReadAsync(app.Client(app.Token(SignedInApp.CaseViewer)), "/api/v1/search?q=Hoang+consul"));
    }

    [Fact]
    public async Task Risk_notes_name_no_one_to_a_viewer_without_case_access()
    {
        await using var app = await SignedInApp.StartAsync();
        using var viewer = await app.SignInAsync("viewer");
        using var token = app.Client(app.Token("viewer"));
        using var caseViewer = app.Client(app.Token(SignedInApp.CaseViewer));

        NoName(await ReadAsync(token, "/api/v1/analyses/risk?year=2024"), "/api/v1/analyses/risk");
        NoName(await ReadAsync(viewer, "/analyses/risk?year=2024"), "/analyses/risk");
        // The bundled assessments do name her (without diacritics): the check above is not vacuous.
        Assert.NotEmpty(PlantedNames.Leaks(await ReadAsync(caseViewer, "/api/v1/analyses/risk?year=2024"), [Hong]));
    }

    [Fact]
    public async Task A_commitment_titled_with_a_name_is_withheld_on_the_dashboard_timeline_and_enforceability_analysis()
    {
        await using var app = await SignedInApp.StartAsync();
        await using (var db = app.Store.Open())
        {
            Assert.True(PartialDate.TryParse("2024-06", out var deadline));
            db.Commitments.Add(new Commitment
            {
                Key = "release-hong", Title = "Review the detention of Hoang-Thi-Minh-Hong", Party = await db.Parties.FirstAsync(p => p.Key == "vn"),
                Deadline = deadline, History = [new CommitmentStatusChange { Date = deadline, Status = CommitmentStatus.Open, Note = "HOÀNG THỊ MINH HỒNG still held" }],
            });
            await db.SaveChangesAsync();
        }
        using var viewer = await app.SignInAsync("viewer");
        using var token = app.Client(app.Token("viewer"));
        using var editor = await app.SignInAsync("editor");

        foreach (var path in new[] { "/", "/timeline", "/analyses/enforceability" })
        {
            var page = await ReadAsync(viewer, path);
            NoName(page, path);
            Assert.Contains("Review the detention of [name withheld]", page);
            Assert.NotEmpty(PlantedNames.Leaks(await ReadAsync(editor, path), [Hong]));
        }
        NoName(await ReadAsync(token, "/api/v1/analyses/enforceability"), "/api/v1/analyses/enforceability");
    }

    [Fact]
    public async Task Hyphenated_zero_width_joined_capitalised_and_unaccented_spellings_of_a_name_are_withheld()
    {
        await using var app = await SignedInApp.StartAsync();
        string[] spellings = ["Hoang-Thi-Minh-Hong", "hoang thi minh hong", "HOANG THI MINH HONG", "Hoàng\u200BThị\u200CMinh\u200DHồng", "Hoàng\u2060Thị\uFEFFMinh Hồng",
            "Dang Dinh Bach", "dang-dinh-bach"];
        await using (var db = app.Store.Open())
        {
            db.Cases.Add(new Case { Key = "planted-dang-dinh-bach", PersonName = "Đặng Đình Bách", Party = await db.Parties.FirstAsync(p => p.Key == "vn"), Status = CaseStatus.Sentenced });
            db.Statements.AddRange(spellings.Select((s, i) => new Statement { Key = $"spelling-{i}", Title = $"Note {i}", Kind = StatementKind.Remark, Text = $"We asked after {s} today." }));
            await db.SaveChangesAsync();
        }
        using var token = app.Client(app.Token("viewer"));

        var listed = await ReadAsync(token, "/api/v1/statements?pageSize=200");

        NoName(listed, "/api/v1/statements", Hong, "Đặng Đình Bách");
        Assert.Equal(spellings.Length, listed.Split("We asked after [name withheld] today.").Length - 1);
    }

    [Fact]
    public async Task A_former_name_stays_withheld_after_the_case_is_renamed()
    {
        await using var app = await SignedInApp.StartAsync();
        await using (var db = app.Store.Open())
        {
            db.Statements.Add(new Statement { Key = "old-note", Title = "Old note", Kind = StatementKind.Remark, Text = "We asked after Hoàng Thị Minh Hồng today." });
            await db.SaveChangesAsync();
        }
        using var token = app.Client(app.Token("viewer"));
        Assert.Contains("We asked after [name withheld] today.", await ReadAsync(token, "/api/v1/statements/old-note"));

        // An editor renames the case through the API: the statement still carries the name it had.
        using var editor = app.Client(app.Token("editor"));
        using var current = await editor.GetAsync("/api/v1/cases/hoang-thi-minh-hong");
        var document = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await current.Content.ReadAsStringAsync())!;
        var renamed = document.ToDictionary(p => p.Key, p => p.Key == "personName" ? JsonSerializer.SerializeToElement("H. T. M. H.") : p.Value);
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/v1/cases/hoang-thi-minh-hong") { Content = JsonContent.Create(renamed) };
        put.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(put)).StatusCode);

        NoName(await ReadAsync(token, "/api/v1/statements/old-note"), "/api/v1/statements/old-note after the rename");
        NoName(await ReadAsync(token, "/api/v1/search?q=asked"), "/api/v1/search after the rename");
        Assert.Contains("We asked after [name withheld] today.", await ReadAsync(token, "/api/v1/statements/old-note"));
    }

    [Fact]
    public async Task The_list_filter_finds_nothing_by_a_withheld_name_so_it_cannot_spell_one_out()
    {
        await using var app = await SignedInApp.StartAsync();
        await using (var db = app.Store.Open())
        {
            db.Statements.Add(new Statement { Key = "visit-note", Title = "Visit note", Kind = StatementKind.Remark, Text = "Consul met Hoàng Thị Minh Hồng's lawyer." });
            await db.SaveChangesAsync();
        }
        using var viewer = await app.SignInAsync("viewer");
        using var token = app.Client(app.Token("viewer"));
        using var caseViewer = app.Client(app.Token(SignedInApp.CaseViewer));

        // Letter by letter, as someone rebuilding the name would ask.
        foreach (var q in new[] { "Hoàng Thị M", "Hoàng Thị Minh H", "Minh Hồng's", "ng Thị Mi" })
        {
            var api = await ReadAsync(token, "/api/v1/statements?q=" + Uri.EscapeDataString(q));
            Assert.DoesNotContain("visit-note", api);
            Assert.Contains("\"total\": 0", api.Replace("\"total\":0", "\"total\": 0", StringComparison.Ordinal));
            Assert.DoesNotContain("/records/statements/visit-note", await viewer.GetStringAsync("/records/statements?q=" + Uri.EscapeDataString(q)));
            Assert.Contains("visit-note", await ReadAsync(caseViewer, "/api/v1/statements?q=" + Uri.EscapeDataString(q)));
        }
        // Words around the name still find the record, with the name withheld.
        Assert.Contains("Consul met [name withheld]'s lawyer.", await ReadAsync(token, "/api/v1/statements?q=lawyer"));
        Assert.Contains("/records/statements/visit-note", await viewer.GetStringAsync("/records/statements?q=lawyer"));
    }
}
