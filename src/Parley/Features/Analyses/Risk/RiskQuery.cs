using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Risk;
using Parley.Store;

namespace Parley.Features.Analyses.Risk;

/// <summary>Loads cases with their dated events and the analysts' assessments, and computes risk for a year.</summary>
public static class RiskQuery
{
    public static async Task<RiskResult> RunAsync(ParleyDb db, int year, CancellationToken ct = default)
    {
        if (year is < 1 or > 9999) throw new UserError($"the year {year} is out of range");
        var cases = await db.Cases.AsNoTracking().AsSplitQuery().Include(c => c.IssueAreas).Include(c => c.Events).ToListAsync(ct);
        var assessments = await db.RiskAssessments.AsNoTracking().Include(a => a.Citations).ThenInclude(c => c.Source).ToListAsync(ct);
        return RiskAnalysis.Analyze(cases, assessments, await db.IssueAreas.AsNoTracking().ToListAsync(ct), year);
    }
}
