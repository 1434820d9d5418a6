using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Records;
using Parley.Features.Stats;
using Parley.Store;

namespace Parley.Features.Dashboard;

/// <summary>
/// The dashboard's figures that scan whole kinds (counts per kind, records without a source, cases by status),
/// kept per store until its data changes (<see cref="DataVersion"/>). At a million records the scans take seconds,
/// the check a millisecond.
/// </summary>
public sealed record StoreSummary(
    IReadOnlyList<KindCount> Counts,
    IReadOnlyList<(CaseStatus Status, int Count)> CasesByStatus,
    IReadOnlyList<(RecordKind Kind, IReadOnlyList<RecordRef> Records)> Unsourced)
{
    private static readonly KeptPerVersion<StoreSummary> Kept = new(ComputeAsync);

    public static Task<StoreSummary> OfAsync(ParleyDb db, CancellationToken ct) => Kept.OfAsync(db, ct);

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
