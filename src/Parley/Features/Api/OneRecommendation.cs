using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Interchange;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>
/// The API's read of one recommendation by key, its busiest read (a million of them): the record, its citations, its
/// version (the ETag) and its issue areas' ids in one compiled query, where the general path reads the id and version, then the record, its issue areas and its citations in three split queries, each
/// query built afresh. Ids become keys through the exporter's kept maps.
/// </summary>
internal static class OneRecommendation
{
    private sealed record Row(Recommendation Record, int Version, List<int> AreaIds, List<Citation> Citations);

    private static readonly CompiledPerModel<Func<ParleyDb, string, CancellationToken, Task<Row?>>> Compiled = new(() =>
        EF.CompileAsyncQuery((ParleyDb db, string key, CancellationToken ct) =>
            db.Recommendations.AsNoTracking().Where(r => r.Key == key)
                .Select(r => new Row(r, EF.Property<int>(r, AuditStamp.VersionProperty),
                    // The link table itself, not the issue areas through it: joined to IssueAreas, SQLite's planner
                    // scanned every link of the million recommendations (1.5 s); alone it is an index search.
                    db.Set<Dictionary<string, object>>("RecommendationIssueAreas").Where(l => EF.Property<int>(l, "RecommendationId") == r.Id)
                        .Select(l => EF.Property<int>(l, "IssueAreaId")).ToList(),
                    r.Citations.ToList()))
                .FirstOrDefault()));

    public static async Task<(RecommendationDoc Doc, int Version)?> ReadAsync(ParleyDb db, RecordExporter exporter, string key, CancellationToken ct)
    {
        var row = await Compiled.For(db)(db, key, ct);
        return row is null ? null : (ToDocument(exporter, row), row.Version);
    }

    /// <summary>
    /// A page of the API's list by id, in one statement (as the read by key above) where the general export reads the
    /// records, their citations and their issue areas in three (each a round trip to a PostgreSQL server).
    /// </summary>
    public static async Task<List<RecommendationDoc>> ReadPageAsync(ParleyDb db, RecordExporter exporter, List<int> ids, CancellationToken ct) =>
        [.. (await db.Recommendations.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new Row(r, EF.Property<int>(r, AuditStamp.VersionProperty),
                db.Set<Dictionary<string, object>>("RecommendationIssueAreas").Where(l => EF.Property<int>(l, "RecommendationId") == r.Id)
                    .Select(l => EF.Property<int>(l, "IssueAreaId")).ToList(),
                r.Citations.ToList()))
            .ToListAsync(ct)).Select(row => ToDocument(exporter, row))];

    private static RecommendationDoc ToDocument(RecordExporter exporter, Row row)
    {
        // Owned rows come along with their owner only when it is read as itself, not inside a projection.
        row.Record.Citations = row.Citations;
        // The issue areas come as ids; as records with their keys they read as the general path reads them.
        row.Record.IssueAreas = row.AreaIds.Select(id => new IssueArea { Key = exporter.Key<IssueArea>(id) }).ToList();
        return ApiKinds.Of<Recommendation, RecommendationDoc>().ToDocument(exporter, row.Record);
    }
}
