using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

public class RecordEditTests
{
    /// <summary>The edit form's fields exactly as the browser would send them back untouched.</summary>
    private static List<(string, string)> FormValues(string html)
    {
        var values = new List<(string, string)>();
        foreach (Match m in Regex.Matches(html, "<input id=\"[^\"]*\" name=\"([^\"]+)\" type=\"(?:text|number)\" value=\"([^\"]*)\""))
            values.Add((m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)));
        foreach (Match m in Regex.Matches(html, "<textarea id=\"[^\"]*\" name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>"))
            values.Add((m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value).TrimStart('\n')));
        foreach (Match select in Regex.Matches(html, "<select id=\"[^\"]*\" name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
            foreach (Match option in Regex.Matches(select.Groups[2].Value, "<option value=\"([^\"]*)\" selected=\"selected\">"))
                values.Add((select.Groups[1].Value, WebUtility.HtmlDecode(option.Groups[1].Value)));
        values.Add(("version", Regex.Match(html, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value));
        return values;
    }

    [Fact]
    public async Task Saving_an_untouched_form_changes_nothing_and_writes_no_audit_entry()
    {
        await using var app = await RunningApp.StartAsync();
        var before = await CountAuditAsync(app);

        var response = await app.PostFormAsync("/records/commitments/tpp-labour-consistency-plan/edit",
            FormValues(await app.PageAsync("/records/commitments/tpp-labour-consistency-plan/edit")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, await CountAuditAsync(app));
    }

    [Fact]
    public async Task Clearing_a_delegation_row_removes_that_seat_and_is_recorded_as_an_update()
    {
        await using var app = await RunningApp.StartAsync();
        var values = FormValues(await app.PageAsync("/records/rounds/human-rights-next/edit"));
        Assert.Contains(("delegates[0].institution", "vn-mfa"), values);
        Set(values, "delegates[1].institution", "vn-mps");
        Set(values, "delegates[1].role", "Member");

        await app.PostFormAsync("/records/rounds/human-rights-next/edit", values);
        var afterAdd = FormValues(await app.PageAsync("/records/rounds/human-rights-next/edit"));
        Set(afterAdd, "delegates[0].institution", "");
        await app.PostFormAsync("/records/rounds/human-rights-next/edit", afterAdd);

        await using var db = app.Store.Open();
        var round = await db.Rounds.Include(r => r.Delegates).ThenInclude(d => d.Institution).SingleAsync(r => r.Key == "human-rights-next");
        Assert.Equal(["vn-mps"], round.Delegates.Select(d => d.Institution.Key));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Kind == "Round" && a.RecordKey == "human-rights-next" && a.Action == AuditAction.Update));
    }

    [Fact]
    public async Task Saving_a_record_someone_deleted_meanwhile_says_who_deleted_it()
    {
        await using var app = await RunningApp.StartAsync();
        await app.PostFormAsync("/records/parties/new", [("key", "gone"), ("name", "Gone Party"), ("kind", "State")]);
        var values = FormValues(await app.PageAsync("/records/parties/gone/edit"));
        await app.PostFormAsync("/records/parties/gone/delete", []);

        var response = await app.PostFormAsync("/records/parties/new", values, action: "/records/parties/gone/edit");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("This party was deleted by editor at", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Changes a field as the user would: the new value replaces the shown one.</summary>
    private static void Set(List<(string Name, string Value)> values, string name, string value)
    {
        values.RemoveAll(v => v.Name == name);
        values.Add((name, value));
    }

    private static async Task<int> CountAuditAsync(RunningApp app)
    {
        await using var db = app.Store.Open();
        return await db.AuditEntries.CountAsync();
    }
}
