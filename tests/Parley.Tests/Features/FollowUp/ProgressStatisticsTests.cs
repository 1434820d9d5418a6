using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.FollowUp;
using Parley.Tests.Support;
using static Parley.Tests.Features.FollowUp.FollowUpExamples;

namespace Parley.Tests.Features.FollowUp;

/// <summary>Progress statistics: counted from the derived state, grouped, compared with the last round; the same in the API, the page and the command line.</summary>
public class ProgressStatisticsTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly DateOnly LastRound = new(2026, 2, 1);
    private static readonly IssueArea Labour = new() { Id = 1, Key = "labour", Name = "Labour rights" };
    private static readonly IssueArea Expression = new() { Id = 2, Key = "expression", Name = "Freedom of expression" };
    private static readonly Party Sweden = new() { Id = 10, Key = "se", Name = "Sweden" };
    private static readonly Party Vietnam = new() { Id = 11, Key = "vn", Name = "Vietnam" };

    private static Recommendation Recommendation(int id, RecommendationResponse response, params IssueArea[] areas) => new()
    {
        Id = id, Key = $"r{id}", Text = $"recommendation {id}", Response = response, FromParty = Sweden, FromPartyId = Sweden.Id,
        ToPartyId = Vietnam.Id, Cycle = 3, Mechanism = "UPR", IssueAreas = [.. areas],
    };

    [Fact]
    public void States_are_counted_per_issue_area_and_compared_with_the_last_round()
    {
        var both = Recommendation(1, RecommendationResponse.Accepted, Labour, Expression);
        var labour = Recommendation(2, RecommendationResponse.Accepted, Labour);
        var noted = Recommendation(3, RecommendationResponse.Noted, Labour);
        var commitment = new Commitment { Id = 5, Key = "c", Title = "c", IssueAreas = [Labour] };
        var onBoth = Assignment("a1");
        onBoth.RecommendationId = both.Id;
        // Partially implemented before the last round, implemented after it.
        onBoth.Reports = [Report(1, new DateOnly(2026, 1, 15), ImplementationState.PartiallyImplemented), Report(2, new DateOnly(2026, 4, 1), ImplementationState.Implemented)];
        var onCommitment = Assignment("a2");
        onCommitment.CommitmentId = commitment.Id;
        onCommitment.Reports = [Report(1, new DateOnly(2026, 3, 1), ImplementationState.Regressed)];
        var onLabour = Assignment("a3");
        onLabour.RecommendationId = labour.Id;
        onLabour.Reports = [Report(1, new DateOnly(2026, 1, 20), ImplementationState.Implemented, reviewed: false)];

        var s = ProgressStatistics.Compute(new ProgressStatistics.Input([both, labour, noted], [commitment], [onBoth, onCommitment, onLabour], Today, LastRound, "round 1"),
            ProgressDimension.Area);

        // The noted recommendation is not followed up; the one in two areas counts once overall.
        Assert.Equal((2, 1), (s.Recommendations, s.Commitments));
        Assert.Equal(new ProgressCounts(1, 0, 1, 1), s.Overall);
        Assert.Equal(new ProgressCounts(0, 1, 0, 2), s.OverallThen);
        var labourGroup = s.Groups.Single(g => g.Key == "labour");
        Assert.Equal((2, 1), (labourGroup.Recommendations, labourGroup.Commitments));
        Assert.Equal(new ProgressCounts(1, 0, 1, 1), labourGroup.Now);
        Assert.Equal(new ProgressCounts(0, 1, 0, 2), labourGroup.Then);
        Assert.Equal(new ProgressCounts(1, 0, 0, 0), s.Groups.Single(g => g.Key == "expression").Now);
    }

    [Fact]
    public void Without_a_group_an_item_is_counted_under_none_and_an_assignment_made_after_the_comparison_day_did_not_exist_then()
    {
        var r = Recommendation(1, RecommendationResponse.VoluntaryPledge);
        var late = Assignment("late", assignedOn: new DateOnly(2026, 3, 1));
        late.RecommendationId = r.Id;
        late.LeadInstitution = Molisa;
        late.Actions = [Action(1, new DateOnly(2026, 1, 10))];
        late.Reports = [Report(1, new DateOnly(2026, 1, 5), ImplementationState.InProgress, action: 1)];

        var byArea = ProgressStatistics.Compute(new ProgressStatistics.Input([r], [], [late], Today, LastRound, null), ProgressDimension.Area);
        Assert.Equal(ProgressStatistics.NoneKey, Assert.Single(byArea.Groups).Key);
        Assert.Equal(new ProgressCounts(0, 1, 0, 0), byArea.Overall);
        Assert.Equal(new ProgressCounts(0, 0, 0, 1), byArea.OverallThen);

        var byInstitution = ProgressStatistics.Compute(new ProgressStatistics.Input([r], [], [late], Today, null, null), ProgressDimension.Institution);
        Assert.Equal("vn-molisa", Assert.Single(byInstitution.Groups).Key);
        Assert.Equal("Sweden", Assert.Single(ProgressStatistics.Compute(new ProgressStatistics.Input([r], [], [late], Today, null, null), ProgressDimension.State).Groups).Label);
        Assert.Equal("cycle 3", Assert.Single(ProgressStatistics.Compute(new ProgressStatistics.Input([r], [], [late], Today, null, null), ProgressDimension.Cycle).Groups).Label);
    }

    [Fact]
    public void The_last_round_is_the_latest_one_held_by_today()
    {
        var channel = new Channel { Key = "hrd", Name = "Human Rights Dialogue" };
        Round Round(int id, string date, RoundStatus status) => new() { Id = id, Key = $"r{id}", Title = $"round {id}", Channel = channel, Status = status, Date = PartialDate.Parse(date) };
        var last = ProgressStatistics.LastRound([Round(1, "2024-05", RoundStatus.Held), Round(2, "2026-02-01", RoundStatus.Held), Round(3, "2026-05-30", RoundStatus.Planned), Round(4, "2027", RoundStatus.Held)], Today);
        Assert.Equal((new DateOnly(2026, 2, 1), "round 2"), last);
        Assert.Null(ProgressStatistics.LastRound([Round(4, "2027", RoundStatus.Held)], Today));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_api_the_page_and_the_command_line_count_a_reported_commitment(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var editor = app.Client(app.Token("editor"));
        var key = await FollowUpAccessTests.AssignAsync(editor, "evfta-labor-code-2019", "vn-molisa");
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/reports",
            new { date = "2026-03-01", text = "Decree adopted", state = "implemented", reviewed = true })).StatusCode);

        int commitments, accepted;
        await using (var db = app.Store.Open())
        {
            commitments = await db.Commitments.CountAsync();
            accepted = await db.Recommendations.CountAsync(r => r.Response == RecommendationResponse.Accepted || r.Response == RecommendationResponse.VoluntaryPledge);
        }
        using var viewer = app.Client(app.Token("viewer"));
        var byInstitution = JsonNode.Parse(await viewer.GetStringAsync("/api/v1/follow-up/progress?by=institution&since=2026-01-01"))!;
        Assert.Equal(commitments, byInstitution["commitments"]!.GetValue<int>());
        Assert.Equal(accepted, byInstitution["recommendations"]!.GetValue<int>());
        Assert.Equal(1, byInstitution["overall"]!["implemented"]!.GetValue<int>());
        Assert.Equal(0, byInstitution["overallThen"]!["implemented"]!.GetValue<int>());
        var molisa = byInstitution["groups"]!.AsArray().Single(g => g!["key"]!.GetValue<string>() == "vn-molisa")!;
        Assert.Equal(1, molisa["now"]!["implemented"]!.GetValue<int>());

        var wrong = await viewer.GetAsync("/api/v1/follow-up/progress?by=colour");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("by: 'colour' is not one of area, institution, channel, cycle, state", await wrong.Content.ReadAsStringAsync());

        using var pages = await app.SignInAsync("viewer");
        var page = await pages.GetStringAsync("/follow-up/progress?by=institution&since=2026-01-01");
        Assert.Contains("<figure class=\"chart\"", page);
        Assert.Contains("href=\"/records/institutions/vn-molisa\"", page);
        Assert.Contains(">1 (+1)<", WebUtility.HtmlDecode(page));
        Assert.Contains("href=\"/follow-up/progress\"", await pages.GetStringAsync("/follow-up"));

        var cli = await Cli.OkAsync("follow-up", "progress", "--by", "institution", "--since", "2026-01-01", "--json", "--db", app.Store.Db);
        var printed = JsonDocument.Parse(cli.Out).RootElement;
        Assert.Equal(1, printed.GetProperty("overall").GetProperty("implemented").GetInt32());
        Assert.Equal("institution", printed.GetProperty("by").GetString());
        var table = await Cli.OkAsync("follow-up", "progress", "--by", "institution", "--since", "2026-01-01", "--db", app.Store.Db);
        Assert.Contains("changes since 2026-01-01 in brackets", table.Out);
        Assert.Contains("1 (+1)", table.Out);
    }
}
