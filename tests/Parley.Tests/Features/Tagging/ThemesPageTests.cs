using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Tagging;

/// <summary>A recommendation entered by hand in the web app shows suggested themes at once; an editor confirms one with a click.</summary>
public class ThemesPageTests
{
    [Fact]
    public async Task A_recommendation_entered_by_hand_gets_themes_on_its_page_and_an_editor_confirms_one()
    {
        await using var app = await SignedInApp.StartAsync();
        var editor = await app.SignInAsync("editor");
        var created = await SignedInApp.PostFormAsync(editor, "/records/recommendations/new",
            new() { ["key"] = "hand-1", ["text"] = "Abolish the death penalty and commute all death sentences to prison terms", ["response"] = "Pending" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        await editor.GetStringAsync("/records/recommendations/rec-detailed-action-plans");
        var clock = Stopwatch.StartNew();
        var page = await editor.GetStringAsync("/records/recommendations/hand-1");
        clock.Stop();

        Assert.Contains("Suggested themes", page);
        Assert.Contains("data-theme=\"Death penalty\"", page);
        Assert.Contains("value=\"confirm\"", page);
        // A second is the promise; the bound is looser because the test machine is shared.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"page with themes took {clock.Elapsed.TotalMilliseconds:F0} ms");

        var confirm = await SignedInApp.PostFormAsync(editor, "/records/recommendations/hand-1/themes",
            new() { ["label"] = "Death penalty", ["decision"] = "confirm" }, formPage: "/records/recommendations/hand-1");
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var after = await editor.GetStringAsync("/records/recommendations/hand-1");
        Assert.Contains("Confirmed the theme “Death penalty”", after);
        Assert.Contains("confirmed by editor", after);
        Assert.Contains("href=\"/records/issue-areas/death-penalty\"", after);

        var viewer = await app.SignInAsync("viewer");
        Assert.DoesNotContain("value=\"confirm\"", await viewer.GetStringAsync("/records/recommendations/hand-1"));
        var themes = await app.Client(app.Token("viewer")).GetStringAsync("/api/v1/recommendations/hand-1/themes");
        Assert.Contains("\"label\":\"Death penalty\"", themes);
        Assert.Contains("\"status\":\"confirmed\"", themes);
        var refused = await app.Client(app.Token("viewer")).PostAsJsonAsync("/api/v1/recommendations/hand-1/themes/reject", new { label = "Justice" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var rejected = await app.Client(app.Token("editor")).PostAsJsonAsync("/api/v1/recommendations/hand-1/themes/reject", new { label = "Justice" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("\"status\":\"rejected\"", await rejected.Content.ReadAsStringAsync());

        // The words are pieces of the text: a reader who may not see case names gets none when the text names a case.
        await SignedInApp.PostFormAsync(editor, "/records/recommendations/new",
            new() { ["key"] = "hand-2", ["text"] = "Release Hoàng Thị Minh Hồng and end the torture of detainees", ["response"] = "Pending" });
        var forViewer = await app.Client(app.Token("viewer")).GetStringAsync("/api/v1/recommendations/hand-2/themes");
        var forEditor = await app.Client(app.Token("editor")).GetStringAsync("/api/v1/recommendations/hand-2/themes");
        Assert.Contains("Torture and other CID treatment", forViewer);
        Assert.DoesNotContain("\"words\":[\"", forViewer);
        Assert.Contains("\"words\":[\"", forEditor);
    }
}
