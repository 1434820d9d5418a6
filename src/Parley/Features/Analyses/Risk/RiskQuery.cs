using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Risk;
using Parley.Store;

namespace Parley.Features.Analyses.Risk;

/// <summary>Loads cases with their dated events and the analysts' assessments, and computes risk for a year.</summary>
public static class RiskQuery
{
    /// <summary><paramref name="namesCases"/> false (a reader without case access) withholds who each piece of evidence is about.</summary>
    public static async Task<RiskResult> RunAsync(ParleyDb db, int year, CancellationToken ct = default, bool namesCases = true)
    {
        if (year is < 1 or > 9999) throw new UserError($"the year {year} is out of range");
        var cases = await db.Cases.AsNoTracking().AsSplitQuery().Include(c => c.IssueAreas).Include(c => c.Events).ToListAsync(ct);
        var assessments = await db.RiskAssessments.AsNoTracking().Include(a => a.Citations).ThenInclude(c => c.Source).ToListAsync(ct);
        var result = RiskAnalysis.Analyze(cases, assessments, await db.IssueAreas.AsNoTracking().ToListAsync(ct), year);
        if (namesCases) return result;
        AreaRisk Anonymous(AreaRisk area) => area with
        {
            Evidence = area.Evidence.Select(e => e with { CaseKey = "", PersonName = Briefings.CaseRedaction.Withheld }).ToList(),
        };
        return result with
        {
            Areas = result.Areas.Select(Anonymous).ToList(),
            EntryPoints = result.EntryPoints.Select(Anonymous).ToList(),
            TurnedDangerous = result.TurnedDangerous.Select(Anonymous).ToList(),
        };
    }
}
