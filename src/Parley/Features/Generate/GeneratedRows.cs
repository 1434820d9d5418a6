using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Parley.Domain;
using Parley.Features.Search;
using Parley.Store;

namespace Parley.Features.Generate;

/// <summary>
/// Writes a batch of generated recommendations or cases as plain rows in one transaction: the records, their
/// citation, issue-area and round links, events, search entries (the FTS5 triggers or the generated tsvector index
/// them in the same statement) and one audit entry naming the batch — the trail says who added which records, when,
/// without a snapshot per record, which would cost more than the record itself.
/// </summary>
internal sealed class GeneratedRows(ParleyDb db)
{
    private const NpgsqlDbType Int = NpgsqlDbType.Integer;
    private const NpgsqlDbType Long = NpgsqlDbType.Bigint;
    private const NpgsqlDbType Text = NpgsqlDbType.Text;

    private readonly BulkTable _recommendations = new("Recommendations", ("Id", Int), ("Key", Text), ("Text", Text), ("FromPartyId", Int),
        ("ToPartyId", Int), ("RoundId", Int), ("Mechanism", Text), ("Response", Text), ("ActionCategory", Int), ("Session", Int),
        ("Cycle", Int), ("Date", Text), ("Version", Int));
    private readonly BulkTable _recommendationCitations = new("RecommendationCitations", ("Id", Int), ("OwnerId", Int), ("SourceId", Int), ("Locator", Text));
    private readonly BulkTable _recommendationAreas = new("RecommendationIssueAreas", ("RecommendationId", Int), ("IssueAreaId", Int));
    private readonly BulkTable _cases = new("Cases", ("Id", Int), ("Key", Text), ("PersonName", Text), ("PersonRole", Text), ("PartyId", Int),
        ("Status", Text), ("Sentence", Text), ("Summary", Text), ("Version", Int));
    private readonly BulkTable _caseCitations = new("CaseCitations", ("Id", Int), ("OwnerId", Int), ("SourceId", Int), ("Locator", Text));
    private readonly BulkTable _caseAreas = new("CaseIssueAreas", ("CaseId", Int), ("IssueAreaId", Int));
    private readonly BulkTable _caseRounds = new("CaseRounds", ("CaseId", Int), ("RoundId", Int));
    private readonly BulkTable _caseEvents = new("CaseEvents", ("Id", Int), ("CaseId", Int), ("Date", Text), ("Description", Text), ("Kind", Text));
    private readonly BulkTable _search = new("SearchEntries", ("Id", Long), ("Kind", Text), ("RecordKey", Text), ("Title", Text), ("Body", Text),
        ("TitleTerms", Text), ("BodyTerms", Text), ("Party", Text), ("Year", Int), ("Status", Text), ("Areas", NpgsqlDbType.Array | NpgsqlDbType.Text));

    /// <summary>Writes the recommendations (parties, round ids, areas and source already stored) in one transaction.</summary>
    public Task WriteAsync(IReadOnlyList<Recommendation> batch, CancellationToken ct) =>
        InTransactionAsync(["Recommendations", "RecommendationCitations", "SearchEntries"], async () =>
        {
            var id = (int)await BulkTable.NextIdAsync(db, "Recommendations", ct);
            var citation = (int)await BulkTable.NextIdAsync(db, "RecommendationCitations", ct);
            var entry = await BulkTable.NextIdAsync(db, "SearchEntries", ct);
            foreach (var r in batch)
            {
                r.Id = id++;
                _recommendations.Add(r.Id, r.Key, r.Text, r.FromPartyId, r.ToPartyId, r.RoundId, r.Mechanism, r.Response.ToString(),
                    r.ActionCategory, r.Session, r.Cycle, r.Date?.ToString(), 0);
                foreach (var c in r.Citations) _recommendationCitations.Add(citation++, r.Id, c.SourceId, c.Locator);
                foreach (var a in r.IssueAreas) _recommendationAreas.Add(r.Id, a.Id);
                AddSearchEntry(entry++, r);
            }
            return [_recommendations, _recommendationCitations, _recommendationAreas, _search];
        }, "Recommendation", batch, ct);

    /// <summary>Writes the cases (party, rounds, areas and source already stored) in one transaction.</summary>
    public Task WriteAsync(IReadOnlyList<Case> batch, CancellationToken ct) =>
        InTransactionAsync(["Cases", "CaseCitations", "CaseEvents", "SearchEntries"], async () =>
        {
            var id = (int)await BulkTable.NextIdAsync(db, "Cases", ct);
            var citation = (int)await BulkTable.NextIdAsync(db, "CaseCitations", ct);
            var @event = (int)await BulkTable.NextIdAsync(db, "CaseEvents", ct);
            var entry = await BulkTable.NextIdAsync(db, "SearchEntries", ct);
            foreach (var c in batch)
            {
                c.Id = id++;
                _cases.Add(c.Id, c.Key, c.PersonName, c.PersonRole, c.PartyId, c.Status.ToString(), c.Sentence, c.Summary, 0);
                foreach (var s in c.Citations) _caseCitations.Add(citation++, c.Id, s.SourceId, s.Locator);
                foreach (var a in c.IssueAreas) _caseAreas.Add(c.Id, a.Id);
                foreach (var r in c.RaisedIn) _caseRounds.Add(c.Id, r.Id);
                foreach (var e in c.Events) _caseEvents.Add(@event++, c.Id, e.Date?.ToString(), e.Description, e.Kind.ToString());
                AddSearchEntry(entry++, c);
            }
            return [_cases, _caseCitations, _caseAreas, _caseRounds, _caseEvents, _search];
        }, "Case", batch, ct);

    private void AddSearchEntry(long id, IKeyed record)
    {
        var e = SearchIndexer.EntryFor(db, record);
        _search.Add(id, e.Kind, e.RecordKey, e.Title, e.Body, e.TitleTerms, e.BodyTerms, e.Party, e.Year, e.Status, e.Areas.ToArray());
    }

    private async Task InTransactionAsync(string[] identityTables, Func<Task<BulkTable[]>> fill, string kind, IReadOnlyList<IKeyed> batch, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await BulkTable.LockAsync(db, identityTables, ct);
        foreach (var table in await fill()) await table.FlushAsync(db, ct);
        await BulkTable.AdvanceIdsAsync(db, identityTables, ct);
        db.AuditEntries.Add(BatchEntry(kind, batch));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>One entry for the whole batch: what kind, how many, and the first and last key (keys are numbered in order).</summary>
    private AuditEntry BatchEntry(string kind, IReadOnlyList<IKeyed> batch) => new()
    {
        At = DateTimeOffset.UtcNow,
        Actor = db.Actor,
        Origin = db.Origin,
        Action = AuditAction.Create,
        Kind = kind,
        RecordKey = $"{batch[0].Key}..{batch[^1].Key}",
        After = JsonSerializer.Serialize(new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["Count"] = batch.Count,
            ["FirstKey"] = batch[0].Key,
            ["LastKey"] = batch[^1].Key,
            ["Note"] = "generated in bulk: one audit entry for the batch",
        }),
    };
}
