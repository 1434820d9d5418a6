using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>Reads assignments with everything the due list, the statistics and the report need, untracked.</summary>
public static class FollowUpQuery
{
    public static IQueryable<FollowUpAssignment> Full(ParleyDb db) => db.FollowUpAssignments.AsNoTracking()
        .Include(a => a.Recommendation).ThenInclude(r => r!.IssueAreas)
        .Include(a => a.Commitment).ThenInclude(c => c!.IssueAreas)
        .Include(a => a.IssueArea).Include(a => a.Party)
        .Include(a => a.LeadInstitution).Include(a => a.SupportingInstitutions)
        .Include(a => a.People).ThenInclude(p => p.Institution)
        .AsSplitQuery();

    public static async Task<IReadOnlyList<FollowUpAssignment>> AllAsync(ParleyDb db, CancellationToken ct) =>
        await Full(db).OrderBy(a => a.Key).ToListAsync(ct);

    public static async Task<FollowUpAssignment?> OneAsync(ParleyDb db, string key, CancellationToken ct) =>
        await Full(db).SingleOrDefaultAsync(a => a.Key == key, ct);
}
