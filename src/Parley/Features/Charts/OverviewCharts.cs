using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Records;
using Parley.Store;

namespace Parley.Features.Charts;

/// <summary>
/// The charts of the record overview: recommendations by issue area and response (for one UN review cycle or all) and
/// by cycle, commitments by status at the end of each year, charges in cases per year and provision, and issue areas
/// by risk level per year. Counted in the database where the rows are many; each part links to the list of its rows
/// with the record lists' own filters.
/// </summary>
public static class OverviewCharts
{
    /// <summary>Issue areas drawn in the recommendations chart; the table under it lists the same.</summary>
    public const int MostAreas = 20;
    /// <summary>Provisions named in the cases chart; charges under the others are counted together.</summary>
    public const int MostProvisions = 5;

    private static readonly RecommendationResponse[] Responses =
        [RecommendationResponse.Accepted, RecommendationResponse.VoluntaryPledge, RecommendationResponse.Noted, RecommendationResponse.Rejected, RecommendationResponse.Pending, RecommendationResponse.None];

    public static async Task<IReadOnlyList<int>> CyclesAsync(ParleyDb db, CancellationToken ct) =>
        await db.Recommendations.AsNoTracking().Where(r => r.Cycle != null).Select(r => r.Cycle!.Value).Distinct().OrderBy(c => c).ToListAsync(ct);

    public static async Task<BarChart> RecommendationsByAreaAsync(ParleyDb db, int? cycle, CancellationToken ct)
    {
        var recommendations = db.Recommendations.AsNoTracking();
        if (cycle is { } n) recommendations = recommendations.Where(r => r.Cycle == n);
        var counts = await (from r in recommendations
                            from a in r.IssueAreas
                            group r by new { a.Key, a.Name, r.Response } into g
                            select new { g.Key.Key, g.Key.Name, g.Key.Response, Count = g.Count() }).ToListAsync(ct);
        var suffix = cycle is { } c ? $"&cycle={c}" : "";
        var bars = counts.GroupBy(x => (x.Key, x.Name)).OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key.Name, StringComparer.Ordinal).Take(MostAreas)
            .Select(g => new ChartBar(g.Key.Name,
                [.. Responses.Select(response => new ChartSegment(EnumText.Of(response), g.Where(x => x.Response == response).Sum(x => x.Count),
                    $"/records/recommendations?issue-area={Uri.EscapeDataString(g.Key.Key)}&response={response}{suffix}"))],
                $"/records/recommendations?issue-area={Uri.EscapeDataString(g.Key.Key)}{suffix}"))
            .ToList();
        return new BarChart($"Recommendations by issue area and response{(cycle is { } k ? $", UN review cycle {k}" : "")}", "recommendations (a recommendation counts under each of its issue areas)",
            [.. Responses.Select(r => EnumText.Of(r))], bars);
    }

    public static async Task<BarChart> RecommendationsByCycleAsync(ParleyDb db, CancellationToken ct)
    {
        var counts = await db.Recommendations.AsNoTracking().Where(r => r.Cycle != null)
            .GroupBy(r => new { Cycle = r.Cycle!.Value, r.Response }).Select(g => new { g.Key.Cycle, g.Key.Response, Count = g.Count() }).ToListAsync(ct);
        var bars = counts.GroupBy(x => x.Cycle).OrderBy(g => g.Key)
            .Select(g => new ChartBar(string.Create(CultureInfo.InvariantCulture, $"cycle {g.Key}"),
                [.. Responses.Select(response => new ChartSegment(EnumText.Of(response), g.Where(x => x.Response == response).Sum(x => x.Count),
                    string.Create(CultureInfo.InvariantCulture, $"/records/recommendations?response={response}&cycle={g.Key}")))],
                string.Create(CultureInfo.InvariantCulture, $"/records/recommendations?cycle={g.Key}")))
            .ToList();
        return new BarChart("Recommendations by response per UN review cycle", "recommendations", [.. Responses.Select(r => EnumText.Of(r))], bars);
    }

    /// <summary>Each commitment's status at the end of each year from its first dated status on; this year's bar is today's.</summary>
    public static async Task<BarChart> CommitmentsByStatusAsync(ParleyDb db, DateOnly today, CancellationToken ct)
    {
        var thisYear = today.Year;
        var commitments = await db.Commitments.AsNoTracking().Include(c => c.History).ToListAsync(ct);
        var statuses = Enum.GetValues<CommitmentStatus>();
        var years = commitments.SelectMany(c => c.History).Where(h => h.Date is not null).Select(h => h.Date!.Value.Year).Where(y => y <= thisYear).ToList();
        var bars = new List<ChartBar>();
        if (years.Count > 0)
            for (var year = years.Min(); year <= thisYear; year++)
            {
                var end = year == thisYear ? today : new DateOnly(year, 12, 31);
                var at = commitments.Select(c => CommitmentCurrentStatus.Ordered(c).Where(h => h.Date is { } d && d.Earliest <= end).Select(h => (CommitmentStatus?)h.Status).LastOrDefault())
                    .OfType<CommitmentStatus>().ToList();
                var current = year == thisYear;
                bars.Add(new ChartBar(year.ToString(CultureInfo.InvariantCulture),
                    [.. statuses.Select(s => new ChartSegment(EnumText.Of(s), at.Count(x => x == s), current ? $"/records/commitments?status={s}" : null))],
                    current ? "/records/commitments" : null));
            }
        return new BarChart("Commitments by status at the end of each year", "commitment-years (this year: today's status, linked to the list)",
            [.. statuses.Select(s => EnumText.Of(s))], bars);
    }

    /// <summary>Charges per year of the case's first dated event (its arrest, as a rule), by provision.</summary>
    public static async Task<BarChart> CasesByYearAndProvisionAsync(ParleyDb db, CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().Select(c => new { Dates = c.Events.Select(e => e.Date).ToList(), Charges = c.Charges.Select(p => new { p.Key, p.Label }).ToList() })
            .ToListAsync(ct);
        var charges = cases.Select(c => (Year: c.Dates.OfType<PartialDate>().Select(d => (int?)d.Year).Min(), c.Charges))
            .Where(c => c.Year is not null).SelectMany(c => c.Charges.Select(p => (Year: c.Year!.Value, p.Key, p.Label))).ToList();
        var top = charges.GroupBy(c => (c.Key, c.Label)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Label, StringComparer.Ordinal)
            .Take(MostProvisions).Select(g => g.Key).ToList();
        const string other = "other provisions";
        var series = top.Select(p => p.Label).Append(other).ToList();
        var bars = charges.GroupBy(c => c.Year).OrderBy(g => g.Key)
            .Select(g => new ChartBar(g.Key.ToString(CultureInfo.InvariantCulture),
                [.. top.Select(p => new ChartSegment(p.Label, g.Count(c => c.Key == p.Key), $"/records/cases?provision={Uri.EscapeDataString(p.Key)}")),
                 new ChartSegment(other, g.Count(c => top.All(p => p.Key != c.Key)))],
                "/records/cases"))
            .ToList();
        return new BarChart("Charges in cases per year and provision", "charges (a case charged under two provisions counts twice)", series, bars);
    }

    /// <summary>How many issue areas were at each risk level in each year, from the risk analysis for this year.</summary>
    public static BarChart RiskPerYear(Parley.Analyses.Risk.RiskResult risk)
    {
        var levels = new[] { RiskLevel.High, RiskLevel.Medium, RiskLevel.Low };
        var bars = risk.Areas.SelectMany(a => a.History).Where(h => h.Level is not null).GroupBy(h => h.Year).OrderBy(g => g.Key)
            .Select(g => new ChartBar(g.Key.ToString(CultureInfo.InvariantCulture),
                [.. levels.Select(l => new ChartSegment(EnumText.Of(l), g.Count(h => h.Level == l)))],
                string.Create(CultureInfo.InvariantCulture, $"/analyses/risk?year={g.Key}")))
            .ToList();
        return new BarChart("Issue areas by risk level per year", "issue-area-years", [.. levels.Select(l => EnumText.Of(l))], bars);
    }
}
