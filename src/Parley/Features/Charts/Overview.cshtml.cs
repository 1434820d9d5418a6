using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Analyses.Risk;
using Parley.Features.Accounts;
using Parley.Features.Analyses.Risk;
using Parley.Store;

namespace Parley.Features.Charts;

/// <summary>/charts: the record in charts (recommendations, commitments, cases, risk); every bar opens the list of its rows.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class OverviewModel(ParleyDb db, ReaderView reader, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    [FromQuery(Name = "cycle")] public int? Cycle { get; set; }

    public IReadOnlyList<int> Cycles { get; private set; } = [];
    public IReadOnlyList<string> Charts { get; private set; } = [];
    public RiskResult? Risk { get; private set; }
    public bool SeesCases { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = StoreClock.Today();
        SeesCases = CaseAccess.Allowed(User);
        Cycles = await OverviewCharts.CyclesAsync(db, ct);
        var words = ChartWords.From(text);
        var charts = new List<string>
        {
            ChartSvg.Render(await reader.SeeAsync(Named(await OverviewCharts.RecommendationsByAreaAsync(db, Cycle, ct), Cycle is { } c ? text["Charts_AreaTitleCycle", c] : text["Charts_AreaTitle"], "Charts_AreaCounted"), ct), "recommendations-by-area", words),
            ChartSvg.Render(await reader.SeeAsync(Named(await OverviewCharts.RecommendationsByCycleAsync(db, ct), text["Charts_CycleTitle"], "Charts_CycleCounted"), ct), "recommendations-by-cycle", words),
            ChartSvg.Render(await reader.SeeAsync(Named(await OverviewCharts.CommitmentsByStatusAsync(db, today, ct), text["Charts_CommitmentsTitle"], "Charts_CommitmentsCounted"), ct), "commitments-by-status", words),
        };
        // Charges say nothing of who was charged, but the case list they link to is for readers with case access.
        if (SeesCases) charts.Add(ChartSvg.Render(await reader.SeeAsync(Named(await OverviewCharts.CasesByYearAndProvisionAsync(db, ct), text["Charts_CasesTitle"], "Charts_CasesCounted"), ct), "cases-by-year", words));
        Risk = await RiskQuery.RunAsync(db, today.Year, ct, SeesCases);
        charts.Add(ChartSvg.Render(await reader.SeeAsync(Named(OverviewCharts.RiskPerYear(Risk), text["Charts_RiskTitle"], "Charts_RiskCounted"), ct), "risk-per-year", words));
        Charts = charts;
    }

    /// <summary>The chart's title and what it counts in the reader's language (the charts are counted in one place, named here).</summary>
    private BarChart Named(BarChart chart, string title, string counted) => chart with { Title = title, Counted = text[counted] };
}
