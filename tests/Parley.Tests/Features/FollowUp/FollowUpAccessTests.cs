using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Features.Accounts;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>
/// Who may do what with follow-up, through the running app: a viewer reads but cannot report (API and page, refused on
/// the server), a contact of an institution sees what that institution follows, and case names in reports are withheld.
/// </summary>
public class FollowUpAccessTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_viewer_cannot_report_and_an_editor_can(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var editor = app.Client(app.Token("editor"));
        using var viewer = app.Client(app.Token("viewer"));
        var key = await AssignAsync(editor, "evfta-labor-code-2019", "vn-molisa");
        var report = new { date = "2026-03-01", text = "Draft decree published", state = "in-progress", reviewed = true };

        var refused = await viewer.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/reports", report);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var read = JsonNode.Parse(await viewer.GetStringAsync($"/api/v1/follow-up/assignments/{key}"))!;
        Assert.Empty(read["reports"]!.AsArray());
        Assert.Equal("no-information", read["state"]!.GetValue<string>());

        // The page refuses the viewer's post on the server too, whatever the form shows.
        using var viewerPages = await app.SignInAsync("viewer");
        var page = await SignedInApp.PostFormAsync(viewerPages, $"/follow-up/assignments/{key}?handler=report",
            new() { ["date"] = "2026-03-01", ["text"] = "x", ["state"] = "implemented" }, $"/follow-up/assignments/{key}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/denied", page.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain("Record a progress report", await viewerPages.GetStringAsync($"/follow-up/assignments/{key}"));

        var accepted = await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/reports", report);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var after = JsonNode.Parse(await viewer.GetStringAsync($"/api/v1/follow-up/assignments/{key}"))!;
        Assert.Equal("in-progress", after["state"]!.GetValue<string>());
        Assert.Equal("editor", after["reports"]![0]!["reportedBy"]!.GetValue<string>());

        var wrongState = await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/reports", new { date = "2026-03-01", text = "x", state = "finished" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongState.StatusCode);
        Assert.Contains("state: 'finished'", await wrongState.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.PostAsJsonAsync("/api/v1/follow-up/assignments/none/reports", report)).StatusCode);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_institution_contact_sees_what_their_institution_follows_and_not_the_rest(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        // Without the bundled data set's example follow-ups (one of them MOLISA's), this test's three are all there is.
        await using (var open = app.Store.Open()) await open.FollowUpAssignments.Where(a => a.Illustration).ExecuteDeleteAsync();
        using var editor = app.Client(app.Token("editor"));
        var theirs = await AssignAsync(editor, "evfta-labor-code-2019", "vn-molisa", "Labour code, MOLISA's");
        var sameInstitution = await AssignAsync(editor, "tpp-labour-consistency-plan", "vn-molisa", "Labour plan, MOLISA's too");
        var others = await AssignAsync(editor, "csp-2023-human-rights-cooperation", "vn-mfa", "Cooperation, the foreign ministry's");
        foreach (var key in new[] { theirs, sameInstitution, others })
            Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/actions",
                new { what = "Report to the ministry", targetDate = "2020-01-31" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{theirs}/people",
            new { name = "Lan", userName = "viewer", institution = "vn-molisa" })).StatusCode);

        using var viewer = app.Client(app.Token("viewer"));
        var mine = JsonNode.Parse(await viewer.GetStringAsync("/api/v1/follow-up/due?mine=true"))!.AsArray()
            .Select(i => i!["assignment"]!.GetValue<string>()).ToHashSet();
        Assert.Equal([theirs, sameInstitution], mine.Order());
        var all = JsonNode.Parse(await viewer.GetStringAsync("/api/v1/follow-up/due"))!.AsArray();
        Assert.Equal(3, all.Count);
        Assert.All(all, i => Assert.Equal("overdue", i!["status"]!.GetValue<string>()));

        using var pages = await app.SignInAsync("viewer");
        var page = await pages.GetStringAsync("/follow-up?mine=true");
        Assert.Contains("Labour code, MOLISA", page);
        Assert.Contains("Labour plan, MOLISA", page);
        var dueTable = page[..page.IndexOf("<h2>Follow-ups</h2>", StringComparison.Ordinal)];
        Assert.DoesNotContain("Cooperation, the foreign ministry", dueTable);
    }

    [Fact]
    public async Task A_case_name_in_a_report_is_withheld_from_a_viewer_without_case_access()
    {
        await using var app = await SignedInApp.StartAsync();
        using var editor = app.Client(app.Token("editor"));
        var key = await AssignAsync(editor, "evfta-labor-code-2019", "vn-molisa");
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/reports",
            new { date = "2026-03-01", text = "Raised the case of Hoàng Thị Minh Hồng with the ministry", state = "in-progress" })).StatusCode);

        using var viewer = app.Client(app.Token("viewer"));
        using var viewerPages = await app.SignInAsync("viewer");
        foreach (var text in new[]
        {
            await ViewerRouteWalkTests.VisibleTextAsync(await viewer.GetAsync($"/api/v1/follow-up/assignments/{key}")),
            await ViewerRouteWalkTests.VisibleTextAsync(await viewer.GetAsync("/api/v1/follow-up/assignments")),
            await ViewerRouteWalkTests.VisibleTextAsync(await viewerPages.GetAsync($"/follow-up/assignments/{key}")),
        })
        {
            Assert.Contains("Raised the case of", text);
            Assert.Empty(PlantedNames.Leaks(text, ["Hoàng Thị Minh Hồng"]));
        }
        using var caseViewer = app.Client(app.Token(SignedInApp.CaseViewer));
        Assert.Contains("Hoàng Thị Minh Hồng", await ViewerRouteWalkTests.VisibleTextAsync(await caseViewer.GetAsync($"/api/v1/follow-up/assignments/{key}")));
    }

    public static async Task<string> AssignAsync(HttpClient editor, string commitment, string lead, string? title = null)
    {
        var response = await editor.PostAsJsonAsync("/api/v1/follow-up/assignments", new { commitment, lead, title });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["key"]!.GetValue<string>();
    }
}
