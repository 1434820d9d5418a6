using System.Text.RegularExpressions;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Timeline;

public class TimelinePagesTests
{
    [Fact]
    public async Task The_timeline_draws_case_framework_and_commitment_events_as_linked_svg_marks()
    {
        await using var app = await RunningApp.StartAsync();

        var html = await app.PageAsync("/timeline");

        Assert.Contains("<svg class=\"timeline\"", html);
        Assert.Matches("<a href=\"/records/cases/hoang-thi-minh-hong\">\\s*<title>2023: Hoàng Thị Minh Hồng: arrest</title>\\s*<circle", html);
        Assert.Contains("<a href=\"/records/frameworks/tpp\">", html);
        Assert.Contains("<a href=\"/records/commitments/tpp-labour-consistency-plan\">", html);
    }

    [Fact]
    public async Task A_channel_filter_leaves_out_frameworks_and_an_issue_area_filter_keeps_narrower_areas()
    {
        await using var app = await RunningApp.StartAsync();

        var labour = await app.PageAsync("/timeline?channel=labor");
        var civil = await app.PageAsync("/timeline?area=civil-political");

        Assert.DoesNotContain("/records/frameworks/", labour);
        Assert.Contains("<option value=\"labor\" selected=\"selected\">", labour);
        var count = (string html) => int.Parse(Regex.Match(html, "(\\d+) dated items").Groups[1].Value);
        Assert.True(count(civil) < count(await app.PageAsync("/timeline")));
    }

    [Fact]
    public async Task The_powers_page_shows_inherited_powers_in_child_areas()
    {
        await using var app = await RunningApp.StartAsync();

        var html = await app.PageAsync("/powers?party=vn");

        // The Ministry of Public Security executes on civil and political rights, so also on online expression beneath it.
        Assert.Contains("<em class=\"power inherited\" title=\"from Civil and political rights\">execute</em>", html);
        Assert.Contains("title=\"from all areas\">approve</em>", html);
        Assert.DoesNotContain("/records/institutions/us-aba\"", html);
    }

    [Fact]
    public async Task The_dashboard_links_unsourced_records_and_counts_cases_by_status()
    {
        await using var app = await RunningApp.StartAsync();
        await app.PostFormAsync("/records/parties/new", [("key", "xx"), ("name", "Party Without Source"), ("kind", "State")]);

        var html = await app.PageAsync("/");

        Assert.Contains("<a class=\"unsourced\" href=\"/records/parties/xx\">Party Without Source</a>", html);
        Assert.Contains("<a href=\"/records/parties?unsourced=1\">1</a>", html);
        Assert.Matches("<a href=\"/records/cases\\?status=Unknown\">unknown</a></td><td class=\"num\">1</td>", html);
        Assert.Matches("<a href=\"/records/cases\\?status=Released\">released</a></td><td class=\"num\">4</td>", html);
    }
}
