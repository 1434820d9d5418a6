using System.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

public class RecordPageTests
{
    [Fact]
    public async Task A_framework_shows_the_commitments_that_depend_on_it_and_they_link_back()
    {
        await using var app = await RunningApp.StartAsync();

        var framework = await app.PageAsync("/records/frameworks/csp-2023");
        var commitment = await app.PageAsync("/records/commitments/csp-2023-human-rights-cooperation");

        Assert.Contains("Commitments that depend on it", framework);
        Assert.Contains("href=\"/records/commitments/csp-2023-human-rights-cooperation\"", framework);
        Assert.Contains("href=\"/records/frameworks/csp-2023\"", commitment);
    }

    [Fact]
    public async Task An_institution_shows_its_powers_and_the_rounds_it_sat_in()
    {
        await using var app = await RunningApp.StartAsync();

        var html = await app.PageAsync("/records/institutions/vn-mfa");

        Assert.Contains("Rounds it sat in", html);
        Assert.Contains("href=\"/records/rounds/human-rights-next\"", html);
        Assert.Contains("<dt>Powers</dt>", html);
        Assert.Contains("negotiate", html);
    }

    [Fact]
    public async Task A_case_created_through_the_form_appears_on_the_provision_it_was_charged_under()
    {
        await using var app = await RunningApp.StartAsync();

        var created = await app.PostFormAsync("/records/cases/new",
            [("key", "test-case"), ("personName", "Test Person"), ("status", "Detained"), ("charges", "vn-cc-art-117"), ("events[0].kind", "Arrest"), ("events[0].date", "2024-05")]);
        var provision = await app.PageAsync("/records/provisions/vn-cc-art-117");
        var @case = await app.PageAsync("/records/cases/test-case");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/records/cases/test-case", created.Headers.Location?.OriginalString);
        Assert.Contains("Cases charged under it", provision);
        Assert.Contains("href=\"/records/cases/test-case\"", provision);
        Assert.Contains("href=\"/records/provisions/vn-cc-art-117\"", @case);
        Assert.Contains("Unsourced:", @case);
        Assert.DoesNotContain("Unsourced:", provision);
    }

    [Fact]
    public async Task Wrong_input_is_refused_with_a_message_next_to_each_field_and_nothing_is_stored()
    {
        await using var app = await RunningApp.StartAsync();

        var response = await app.PostFormAsync("/records/rounds/new",
            [("key", "Bad Key"), ("channel", "human-rights"), ("title", ""), ("status", "Held"), ("date", "2024-13"), ("number", "two")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"f-key-error\">&#x27;Bad Key&#x27; is not a valid key", html);
        Assert.Contains("<p class=\"field-error\" id=\"f-title-error\">Title is required.</p>", html);
        Assert.Contains("<p class=\"field-error\" id=\"f-date-error\">Date must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not &#x27;2024-13&#x27;.</p>", html);
        Assert.Contains("<p class=\"field-error\" id=\"f-number-error\">Number must be a whole number, not &#x27;two&#x27;.</p>", html);
        Assert.Contains("value=\"2024-13\"", html);
        await using var db = app.Store.Open();
        Assert.Equal(10, await db.Rounds.CountAsync());
    }

    [Fact]
    public async Task Deleting_a_record_others_link_to_is_refused_with_the_list_of_links()
    {
        await using var app = await RunningApp.StartAsync();

        // The page offers no delete button for a linked record, so the post is made as a crafted request would be.
        var response = await app.PostFormAsync("/records/frameworks/new", [], action: "/records/frameworks/csp-2023/delete");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("This framework cannot be deleted: 2 other records link to it.", html);
        Assert.Contains("href=\"/records/commitments/csp-2023-human-rights-cooperation\"", html);
        await using var db = app.Store.Open();
        Assert.True(await db.Frameworks.AnyAsync(f => f.Key == "csp-2023"));
    }

    [Fact]
    public async Task Deleting_an_unlinked_record_removes_it_and_records_the_deletion()
    {
        await using var app = await RunningApp.StartAsync();

        var response = await app.PostFormAsync("/records/statements/" + await FirstStatementKeyAsync(app) + "/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.Store.Open();
        Assert.Equal(9, await db.Statements.CountAsync());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Kind == "Statement" && a.Action == Parley.Domain.AuditAction.Delete && a.Origin == "web"));
    }

    private static async Task<string> FirstStatementKeyAsync(RunningApp app)
    {
        await using var db = app.Store.Open();
        return await db.Statements.OrderBy(s => s.Key).Select(s => s.Key).FirstAsync();
    }

    [Fact]
    public async Task A_stale_edit_is_refused_naming_who_changed_the_record_and_when()
    {
        await using var app = await RunningApp.StartAsync();
        var form = await app.PageAsync("/records/parties/vn/edit");
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;

        var first = await app.PostFormAsync("/records/parties/vn/edit", [("version", version), ("name", "Viet Nam (first editor)"), ("kind", "State")]);
        var second = await app.PostFormAsync("/records/parties/vn/edit", [("version", version), ("name", "Vietnam (second editor)"), ("kind", "State")]);
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Matches(@"This party was changed by editor at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC since you opened it\.", html);
        await using var db = app.Store.Open();
        Assert.Equal("Viet Nam (first editor)", (await db.Parties.SingleAsync(p => p.Key == "vn")).Name);
    }

    [Fact]
    public async Task An_edit_shows_in_the_record_history_with_before_and_after()
    {
        await using var app = await RunningApp.StartAsync();
        var form = await app.PageAsync("/records/channels/labor/edit");
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;

        await app.PostFormAsync("/records/channels/labor/edit", [("version", version), ("name", "Labour Dialogue"), ("kind", "Bilateral"), ("startYear", "2000")]);
        var html = await app.PageAsync("/records/channels/labor");

        // A readable diff per change: field: old → new, who, from where; no JSON.
        Assert.Contains("<span class=\"field\">Name</span>: <del>U.S.–Vietnam Labor Dialogue</del> → <ins>Labour Dialogue</ins>", html);
        Assert.Contains("editor changed it", html);
        Assert.Contains("on the web", html);
        Assert.DoesNotContain("{\"", html[html.IndexOf("id=\"history-heading\"", StringComparison.Ordinal)..]);
    }
}
