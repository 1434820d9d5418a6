using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Records;
using Parley.Features.Stats;
using Parley.Store;

namespace Parley.Features.Dashboard;

/// <summary>
/// The dashboard's figures that scan whole kinds (counts per kind, records without a source, cases by status),
/// kept per store until its data changes. Every change to data writes an audit entry, by any process, so the
/// newest entry's id (one indexed read) tells whether the kept figures still hold; reads of cases, which are in
/// the trail too but change nothing, are skipped. At a million records the scans take seconds, the check a millisecond.
/// </summary>
public sealed record StoreSummary(
    IReadOnlyList<KindCount> Counts,
    IReadOnlyList<(CaseStatus Status, int Count)> CasesByStatus,
    IReadOnlyList<(RecordKind Kind, IReadOnlyList<RecordRef> Records)> Unsourced)
{
    private static readonly ConcurrentDictionary<string, (long Version, StoreSummary Summary)> Kept = new();

    public static async Task<StoreSummary> OfAsync(ParleyDb db, CancellationToken ct)
    {
        var store = db.Database.GetConnectionString() ?? "";
        var version = await db.AuditEntries.AsNoTracking().Where(a => a.Action != AuditAction.Read)
            .OrderByDescending(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync(ct);
        if (Kept.TryGetValue(store, out var kept) && kept.Version == version) return kept.Summary;
        var summary = await ComputeAsync(db, ct);
        Kept[store] = (version, summary);
        return summary;
    }

    private static async Task<StoreSummary> ComputeAsync(ParleyDb db, CancellationToken ct)
    {
        var statuses = await db.Cases.AsNoTracking().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var unsourced = new List<(RecordKind, IReadOnlyList<RecordRef>)>();
        foreach (var kind in RecordKinds.All.Where(k => k.IsSourced))
        {
            var records = await kind.UnsourcedAsync(db, ct);
            if (records.Count > 0) unsourced.Add((kind, records));
        }
        return new StoreSummary(await StoreCounts.QueryAsync(db, ct), [.. statuses.OrderBy(s => s.Key).Select(s => (s.Key, s.Count))], unsourced);
    }
}
