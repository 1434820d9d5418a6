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
    // StoreCounts names kinds as `parley stats` prints them; the pages name them by URL segment.
    public static readonly IReadOnlyDictionary<string, string> SlugOfCount = new Dictionary<string, string>
    {
        ["sources"] = "sources", ["parties"] = "parties", ["issue areas"] = "issue-areas", ["institutions"] = "institutions",
        ["channels"] = "channels", ["rounds"] = "rounds", ["recommendations"] = "recommendations", ["commitments"] = "commitments",
        ["cases"] = "cases", ["legal instruments"] = "legal-instruments", ["provisions"] = "provisions", ["programmes"] = "programmes",
        ["frameworks"] = "frameworks", ["statements"] = "statements", ["lexicon entries"] = "lexicon", ["risk assessments"] = "risk-assessments",
    };

    private static readonly KeptPerVersion<StoreSummary> Kept = new(ComputeAsync);

    public static Task<StoreSummary> OfAsync(ParleyDb db, CancellationToken ct) => Kept.OfAsync(db, ct);

    private static async Task<StoreSummary> ComputeAsync(ParleyDb db, CancellationToken ct)
    {
        var statuses = await db.Cases.AsNoTracking().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = await StoreCounts.QueryAsync(db, ct);
        // Listed only for the kinds the counts found some in: the list repeats the count's scan of a whole kind.
        var someUnsourced = counts.Where(c => c.Unsourced > 0).Select(c => SlugOfCount.GetValueOrDefault(c.Kind)).ToHashSet();
        var unsourced = new List<(RecordKind, IReadOnlyList<RecordRef>)>();
        foreach (var kind in RecordKinds.All.Where(k => k.IsSourced && someUnsourced.Contains(k.Slug)))
        {
            var records = await kind.UnsourcedAsync(db, ct);
            if (records.Count > 0) unsourced.Add((kind, records));
        }
        return new StoreSummary(counts, [.. statuses.OrderBy(s => s.Key).Select(s => (s.Key, s.Count))], unsourced);
    }
}
