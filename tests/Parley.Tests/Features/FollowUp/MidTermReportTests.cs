using System.Diagnostics;
using System.Text;
using Parley.Domain;
using Parley.Features.Briefings;
using Parley.Features.FollowUp;
using Parley.Tests.Support;
using static Parley.Tests.Features.FollowUp.FollowUpExamples;

namespace Parley.Tests.Features.FollowUp;

/// <summary>The mid-term report drafted from hand-built records: what it groups, says and counts, in English and Vietnamese, as Markdown and PDF.</summary>
public class MidTermReportTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly Party Vietnam = new() { Id = 1, Key = "vn", Name = "Viet Nam" };
    private static readonly Party Norway = new() { Id = 2, Key = "no", Name = "Norway" };
    private static readonly IssueArea Expression = new() { Id = 10, Key = "expression", Name = "Freedom of expression" };
    private static readonly IssueArea Labour = new() { Id = 11, Key = "labour", Name = "Labour rights" };

    private static Recommendation Recommendation(int id, string text, RecommendationResponse response, int cycle = 3, Party? to = null, params IssueArea[] areas) => new()
    {
        Id = id, Key = $"rec-{id}", Text = text, Response = response, Cycle = cycle, ToPartyId = (to ?? Vietnam).Id, FromParty = Norway, IssueAreas = [.. areas],
    };

    private static MidTermReport.Input Input()
    {
        var direct = Recommendation(1, "Revise article 117 of the Criminal Code", RecommendationResponse.Accepted, areas: Expression);
        var clustered = Recommendation(2, "Release bloggers detained for their writing", RecommendationResponse.Accepted, areas: Expression);
        var noted = Recommendation(3, "Abolish article 331", RecommendationResponse.Noted, areas: Expression);
        var unassigned = Recommendation(4, "Ratify ILO Convention 87", RecommendationResponse.Accepted, areas: Labour);
        var unthemed = Recommendation(5, "Invite the Special Rapporteur", RecommendationResponse.Accepted);
        var otherCycle = Recommendation(6, "A recommendation of another cycle", RecommendationResponse.Accepted, cycle: 2, areas: Expression);
        var otherParty = Recommendation(7, "A recommendation to another state", RecommendationResponse.Accepted, to: Norway, areas: Expression);

        var forDirect = Assignment("follow-up-rec-1");
        forDirect.RecommendationId = direct.Id;
        forDirect.SupportingInstitutions.Add(Justice);
        forDirect.Actions.Add(new PlannedAction { Number = 1, What = "Submit an amended article to the National Assembly", Who = "Ministry of Justice", TargetDate = new DateOnly(2026, 10, 31) });
        forDirect.Indicators.Add(new FollowUpIndicator { Number = 1, Measure = "Prosecutions under article 117", Frequency = ReportingFrequency.Yearly });
        forDirect.Reports.Add(new ProgressReport { Number = 1, Date = new DateOnly(2026, 4, 2), Text = "Draft amendment circulated", State = ImplementationState.PartiallyImplemented,
            Reviewed = true, ActionNumber = 1, EvidenceSource = "Ministry of Justice circular", EvidenceLink = "https://example.org/circular" });

        var cluster = Assignment("follow-up-vn-expression");
        (cluster.IssueAreaId, cluster.PartyId, cluster.Cycle) = (Expression.Id, Vietnam.Id, 3);
        cluster.LeadInstitution = Justice;
        cluster.Actions.Add(new PlannedAction { Number = 1, What = "Review pending cases", TargetDate = new DateOnly(2026, 9, 30) });

        var silent = Assignment("follow-up-rec-5");
        silent.RecommendationId = unthemed.Id;
        silent.Actions.Add(new PlannedAction { Number = 1, What = "Send the invitation", TargetDate = new DateOnly(2026, 1, 31) });

        return new(Vietnam, 3, [direct, clustered, noted, unassigned, unthemed, otherCycle, otherParty], [forDirect, cluster, silent], Today);
    }

    [Fact]
    public void The_report_groups_accepted_recommendations_by_theme_with_institutions_actions_evidence_state_and_gaps()
    {
        var md = Markdown(MidTermReport.Build(Input(), vietnamese: false));

        Assert.Contains("Viet Nam received 5 recommendation(s) in cycle 3 of the Universal Periodic Review: 4 accepted, 1 noted.", md);
        Assert.DoesNotContain("another cycle", md);
        Assert.DoesNotContain("another state", md);
        Assert.DoesNotContain("Abolish article 331", md);
        Assert.Contains("Also received in this theme and not accepted: 1 recommendation(s).", md);

        var expression = Section(md, "### Freedom of expression (2)");
        Assert.Contains("rec-1: Revise article 117 of the Criminal Code (from Norway; response: accepted)", expression);
        Assert.Contains("- State of implementation: partially implemented", expression);
        Assert.Contains("- Institutions: lead MOLISA, Ministry of Justice", expression);
        Assert.Contains("- Action 1: Submit an amended article to the National Assembly (Ministry of Justice); target date 2026-10-31", expression);
        Assert.Contains("- Report of 2026-04-02: Draft amendment circulated — partially implemented; evidence: Ministry of Justice circular, https://example.org/circular", expression);
        // The cluster covers both recommendations of its theme; the second has nothing reviewed yet.
        Assert.Contains("rec-2: Release bloggers", expression);
        Assert.Contains("- Action 1: Review pending cases; target date 2026-09-30", expression);
        Assert.Contains("- Gaps: no indicator; no reviewed progress report", expression);
        Assert.Equal(1, expression.Split("- Gaps:").Length - 1);

        var unthemed = Section(md, "### No theme recorded (1)");
        Assert.Contains("- State of implementation: no information", unthemed);
        Assert.Contains("- Gaps: no indicator; an action past its target date with no report; no reviewed progress report", unthemed);

        Assert.Contains("### Labour rights (1)", md);
        Assert.True(md.IndexOf("### No theme recorded (1)", StringComparison.Ordinal) > md.IndexOf("### Labour rights", StringComparison.Ordinal), "recommendations without a theme come last");
        Assert.Contains("| no institution assigned | 1 |", md);
        Assert.Contains("| no indicator | 2 |", md);
        Assert.Contains("| an action past its target date with no report | 1 |", md);
        Assert.Contains("| no information | 3 |", md);
        Assert.Contains("| partially implemented | 1 |", md);
        Assert.Contains("| implemented | 0 |", md);
    }

    [Fact]
    public void The_report_is_drafted_in_Vietnamese_with_the_same_content()
    {
        var md = Markdown(MidTermReport.Build(Input(), vietnamese: true));
        Assert.Contains("# Báo cáo giữa kỳ về việc thực hiện các khuyến nghị UPR: Viet Nam", md);
        Assert.Contains("## 2. Các khuyến nghị theo chủ đề", md);
        Assert.Contains("Viet Nam đã nhận 5 khuyến nghị trong chu kỳ 3", md);
        Assert.Contains("Revise article 117 of the Criminal Code", md);
        Assert.Contains("| chưa giao cho cơ quan nào | 1 |", md);
        Assert.Contains("Báo cáo ngày 2026-04-02", md);
    }

    [Fact]
    public async Task The_PDF_is_drawn_by_the_briefing_renderer_and_holds_the_same_text()
    {
        var document = BriefingDocument.Render(MidTermReport.Build(Input(), vietnamese: false), BriefingFormat.Pdf, "mid-term");
        Assert.Equal("application/pdf", document.MediaType);
        using var store = new TempStore();
        var pdf = store.File("mid-term.pdf");
        await File.WriteAllBytesAsync(pdf, document.Content);
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Contains("Mid-term report on the", text);
        Assert.Contains("Revise article 117 of the Criminal Code", text);
        Assert.Contains("no institution assigned", text);
    }

    private static string Markdown(Briefing briefing) =>
        Encoding.UTF8.GetString(BriefingDocument.Render(briefing, BriefingFormat.Md, "mid-term").Content);

    private static string Section(string md, string heading)
    {
        var start = md.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{heading}' in:\n{md}");
        var end = md.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? md[start..] : md[start..end];
    }
}
