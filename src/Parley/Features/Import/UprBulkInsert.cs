using NpgsqlTypes;
using Parley.Domain;
using Parley.Features.Search;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// Writes new recommendations with their citation, issue-area links and search entries as plain rows inside the
/// import's transaction, through <see cref="BulkTable"/> (SQLite's C API, PostgreSQL's binary COPY) with ids given
/// here, the way the generator writes. Going through the change tracker cost about a millisecond a row; prepared
/// ADO.NET inserts with an id read back per row cost 150–200 µs a row (more than half of `parley init --with upr`);
/// plain rows take a few microseconds. The caller writes the one audit entry for all the rows added.
/// </summary>
internal sealed class UprBulkInsert(ParleyDb db)
{
    private const NpgsqlDbType Int = NpgsqlDbType.Integer;
    private const NpgsqlDbType Text = NpgsqlDbType.Text;
    private static readonly string[] IdentityTables = ["Recommendations", "RecommendationCitations", "SearchEntries"];

    private readonly BulkTable _recommendations = new("Recommendations", ("Id", Int), ("Key", Text), ("Text", Text), ("FromPartyId", Int),
        ("ToPartyId", Int), ("RoundId", Int), ("Mechanism", Text), ("Response", Text), ("ActionCategory", Int), ("Session", Int),
        ("Cycle", Int), ("Date", Text), ("Version", Int));
    private readonly BulkTable _citations = new("RecommendationCitations", ("Id", Int), ("OwnerId", Int), ("SourceId", Int), ("Locator", Text));
    private readonly BulkTable _areas = new("RecommendationIssueAreas", ("RecommendationId", Int), ("IssueAreaId", Int));
    private readonly BulkTable _search = new("SearchEntries", ("Id", NpgsqlDbType.Bigint), ("Kind", Text), ("RecordKey", Text), ("Title", Text),
        ("Body", Text), ("TitleTerms", Text), ("BodyTerms", Text), ("Party", Text), ("Year", Int), ("Status", Text),
        ("Areas", NpgsqlDbType.Array | Text));

    /// <summary>
    /// Writes the recommendations (their parties, areas and source already have ids) with their search entries;
    /// <paramref name="entries"/> holds each one's entry, in the same order. Each record gets its id here.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<Recommendation> records, IReadOnlyList<SearchEntry> entries, CancellationToken ct)
    {
        if (records.Count == 0) return;
        await BulkTable.LockAsync(db, IdentityTables, ct);
        var id = (int)await BulkTable.NextIdAsync(db, "Recommendations", ct);
        var citation = (int)await BulkTable.NextIdAsync(db, "RecommendationCitations", ct);
        var firstEntry = await BulkTable.NextIdAsync(db, "SearchEntries", ct);
        var entry = firstEntry;
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            r.Id = id++;
            _recommendations.Add(r.Id, r.Key, r.Text, r.FromParty?.Id, r.ToParty?.Id, null, r.Mechanism, r.Response.ToString(),
                r.ActionCategory, r.Session, r.Cycle, r.Date?.ToString(), 0);
            foreach (var c in r.Citations) _citations.Add(citation++, r.Id, c.Source.Id, c.Locator);
            foreach (var a in r.IssueAreas) _areas.Add(r.Id, a.Id);
            var e = entries[i];
            _search.Add(entry++, e.Kind, e.RecordKey, e.Title, e.Body, e.TitleTerms, e.BodyTerms, e.Party, e.Year, e.Status, e.Areas.ToArray());
        }
        foreach (var table in new[] { _recommendations, _citations, _areas }) await table.FlushAsync(db, ct);
        await SearchBulkLoad.WriteAsync(db, firstEntry, () => _search.FlushAsync(db, ct), ct);
        await BulkTable.AdvanceIdsAsync(db, IdentityTables, ct);
    }
}
