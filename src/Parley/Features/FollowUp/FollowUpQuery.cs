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

    /// <summary>
    /// The evidence files of the given follow-ups' reports, by follow-up id and report number, without their content
    /// (a list of every follow-up would otherwise read every file whole).
    /// </summary>
    public static async Task<IReadOnlyDictionary<(int Assignment, int Report), EvidenceLink>> FilesAsync(ParleyDb db, IEnumerable<int> assignments, CancellationToken ct)
    {
        var ids = assignments.ToList();
        return await db.EvidenceFiles.AsNoTracking().Where(f => ids.Contains(f.FollowUpAssignmentId))
            .Select(f => new { f.FollowUpAssignmentId, Link = new EvidenceLink(f.Id, f.ReportNumber, f.FileName, f.ContentType, f.Size, f.Sha256) })
            .ToDictionaryAsync(f => (f.FollowUpAssignmentId, f.Link.ReportNumber), f => f.Link, ct);
    }

    /// <summary>Every follow-up as the API and `follow-up list --json` write it, with its reports' files.</summary>
    public static async Task<IReadOnlyList<AssignmentDocument>> DocumentsAsync(ParleyDb db, DateOnly today, CancellationToken ct)
    {
        var all = await AllAsync(db, ct);
        var files = await FilesAsync(db, all.Select(a => a.Id), ct);
        return [.. all.Select(a => AssignmentDocument.Of(a, today, files))];
    }

    /// <summary>One follow-up as the API writes it, with its reports' files; null when there is none with that key.</summary>
    public static async Task<AssignmentDocument?> DocumentAsync(ParleyDb db, string key, DateOnly today, CancellationToken ct) =>
        await OneAsync(db, key, ct) is { } found ? AssignmentDocument.Of(found, today, await FilesAsync(db, [found.Id], ct)) : null;
}
