using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Cascade;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.Cascade;

/// <summary>Loads frameworks and commitments for the cascade what-if and the leverage view.</summary>
public static class CascadeQuery
{
    public static async Task<CascadeResult> RunAsync(ParleyDb db, string? frameworkName, string? partyName, DateOnly? date, DateOnly today,
        CancellationToken ct = default)
    {
        var frameworks = await Frameworks(db, ct);
        var framework = RecordResolver.Resolve(frameworks, frameworkName, f => f.Name, "framework");
        var party = RecordResolver.Resolve(await db.Parties.AsNoTracking().ToListAsync(ct), partyName, p => p.Name, "party");
        return CascadeAnalysis.Analyze(framework, party, date, today, await Commitments(db, ct), frameworks,
            await db.IssueAreas.AsNoTracking().ToListAsync(ct));
    }

    public static async Task<LeverageResult> LeverageAsync(ParleyDb db, string? areaName, CancellationToken ct = default, DateOnly? asOf = null)
    {
        var areas = await db.IssueAreas.AsNoTracking().ToListAsync(ct);
        var area = RecordResolver.Resolve(areas, areaName, a => a.Name, "issue area");
        return LeverageAnalysis.Analyze(area, await Frameworks(db, ct), await Commitments(db, ct), areas,
            await db.Parties.AsNoTracking().ToListAsync(ct), asOf);
    }

    private static Task<List<Framework>> Frameworks(ParleyDb db, CancellationToken ct) =>
        db.Frameworks.AsNoTracking().AsSplitQuery().Include(f => f.Members).Include(f => f.Events).Include(f => f.Leverage).ToListAsync(ct);

    private static Task<List<Commitment>> Commitments(ParleyDb db, CancellationToken ct) =>
        db.Commitments.AsNoTracking().AsSplitQuery().Include(c => c.Party).Include(c => c.IssueAreas).Include(c => c.Frameworks)
            .Include(c => c.DependsOn).Include(c => c.History).ToListAsync(ct);
}
