using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>On a fresh default store with the shared UPR data, what is due and the mid-term report for Viet Nam's first cycle work at once.</summary>
public class FreshStoreTests
{
    [Fact]
    public async Task Due_and_the_mid_term_report_work_on_a_fresh_store_with_the_UPR_data()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--with", "upr", "--db", store.Path);
        int received, accepted, unassigned;
        await using (var db = store.Open())
        {
            received = await db.Recommendations.CountAsync(r => r.ToParty!.Key == "vn" && r.Cycle == 1);
            accepted = await db.Recommendations.CountAsync(r => r.ToParty!.Key == "vn" && r.Cycle == 1 && r.Response == RecommendationResponse.Accepted);
            // The bundled example follows some of them by issue area; the rest have no institution.
            var clusters = await db.FollowUpAssignments.Where(a => a.Party!.Key == "vn" && (a.Cycle == null || a.Cycle == 1) && a.IssueAreaId != null)
                .Select(a => a.IssueAreaId!.Value).ToListAsync();
            unassigned = await db.Recommendations.CountAsync(r => r.ToParty!.Key == "vn" && r.Cycle == 1 && r.Response == RecommendationResponse.Accepted
                && !r.IssueAreas.Any(i => clusters.Contains(i.Id)));
        }
        Assert.True(unassigned < accepted, "the bundled example follows some of Viet Nam's cycle 1 recommendations");
        Assert.True(accepted > 0, "the UPR data holds accepted recommendations to Viet Nam in cycle 1");

        var due = JsonDocument.Parse((await Cli.OkAsync("follow-up", "due", "--json", "--db", store.Path)).Out).RootElement;
        Assert.NotEmpty(due.EnumerateArray());

        var md = (await Cli.OkAsync("report", "mid-term", "--party", "vn", "--cycle", "1", "--format", "md", "--db", store.Path)).Out;
        Assert.Contains($"received {received} recommendation(s) in cycle 1", md);
        Assert.Contains($"| no institution assigned | {unassigned} |", md);
        Assert.Contains("Illustration, not a recorded fact", md);
        Assert.Contains("## 2. Recommendations by theme", md);

        var vi = System.Net.WebUtility.HtmlDecode((await Cli.OkAsync("report", "mid-term", "--party", "vn", "--cycle", "1", "--lang", "vi", "--format", "html", "--db", store.Path)).Out);
        Assert.Contains("<html lang=\"vi\">", vi);
        Assert.Contains("Các khuyến nghị theo chủ đề", vi);

        // Formats by name, in any case; a number is not a format.
        Assert.Contains("<html lang=\"en\">", (await Cli.OkAsync("report", "mid-term", "--party", "vn", "--cycle", "1", "--format", "HTML", "--db", store.Path)).Out);
        var numbered = await Cli.RunAsync("report", "mid-term", "--party", "vn", "--cycle", "1", "--format", "2", "--db", store.Path);
        Assert.NotEqual(0, numbered.Exit);
        Assert.Contains("--format: '2' is not md, html or pdf", numbered.Error);
    }
}
