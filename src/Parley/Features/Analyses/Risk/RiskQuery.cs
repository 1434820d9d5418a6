using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Risk;
using Parley.Store;

namespace Parley.Features.Analyses.Risk;

/// <summary>
/// Loads the dated evidence (cases with their events and charges, legal instruments with their provisions, commitments
/// with their history), programmes and the analysts' assessments, and computes risk for a year.
/// </summary>
public static class RiskQuery
{
    /// <summary><paramref name="namesCases"/> false (a reader without case access) withholds who each piece of evidence is about.</summary>
    public static async Task<RiskResult> RunAsync(ParleyDb db, int year, CancellationToken ct = default, bool namesCases = true)
    {
        if (year is < 1 or > 9999) throw new UserError($"the year {year} is out of range");
        var cases = await db.Cases.AsNoTracking().AsSplitQuery().Include(c => c.IssueAreas).Include(c => c.Events).Include(c => c.Charges).ToListAsync(ct);
        var assessments = await db.RiskAssessments.AsNoTracking().Include(a => a.Citations).ThenInclude(c => c.Source).ToListAsync(ct);
        var inputs = new RiskInputs(
            await db.LegalInstruments.AsNoTracking().AsSplitQuery().Include(i => i.Provisions).ThenInclude(p => p.IssueAreas).ToListAsync(ct),
            await db.Commitments.AsNoTracking().AsSplitQuery().Include(c => c.History).Include(c => c.IssueAreas).ToListAsync(ct),
            await db.Programmes.AsNoTracking().Include(p => p.IssueAreas).ToListAsync(ct));
        var result = RiskAnalysis.Analyze(cases, assessments, await db.IssueAreas.AsNoTracking().ToListAsync(ct), year, inputs);
        if (namesCases) return result;
        AreaRisk Anonymous(AreaRisk area) => area with
        {
            Evidence = area.Evidence.Select(e => e.CaseKey.Length == 0 ? e
                : e with { CaseKey = "", PersonName = Briefings.CaseRedaction.Withheld, Description = e.Description.Replace(e.PersonName, Briefings.CaseRedaction.Withheld, StringComparison.Ordinal) }).ToList(),
        };
        return result with
        {
            Areas = result.Areas.Select(Anonymous).ToList(),
            EntryPoints = result.EntryPoints.Select(Anonymous).ToList(),
            TurnedDangerous = result.TurnedDangerous.Select(Anonymous).ToList(),
            LowRiskWithoutProgramme = result.LowRiskWithoutProgramme.Select(Anonymous).ToList(),
        };
    }
}
