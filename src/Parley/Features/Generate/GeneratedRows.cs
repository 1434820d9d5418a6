using System.Text.Json;
using NpgsqlTypes;
using Parley.Domain;
using Parley.Features.Search;
using Parley.Store;

namespace Parley.Features.Generate;

/// <summary>
/// Writes a batch of generated rounds, recommendations or cases as plain rows in one transaction: the records, their
/// citation, issue-area and round links, events, search entries (indexed for full-text search by
/// <see cref="SearchBulkLoad"/> in the same transaction) and one audit entry naming the batch — the trail says who
/// added which records, when, without a snapshot per record, which would cost more than the record itself.
/// The search entries come built with the records (<see cref="SearchIndexer.EntryFor(IKeyed)"/>), so that work is
/// done on another thread while the previous batch is written.
/// </summary>
internal sealed class GeneratedRows(ParleyDb db, BatchReferences references)
{
    public static async Task<GeneratedRows> CreateAsync(ParleyDb db, CancellationToken ct)
    {
        string[] written = ["Rounds", "RoundCitations", "Recommendations", "RecommendationCitations", "RecommendationIssueAreas", "Cases",
            "CaseCitations", "CaseIssueAreas", "CaseRounds", "CaseEvents", "SearchEntries", "AuditEntries"];
        return new GeneratedRows(db, await BatchReferences.ForAsync(db, written, ct));
    }

    private const NpgsqlDbType Int = NpgsqlDbType.Integer;
    private const NpgsqlDbType Long = NpgsqlDbType.Bigint;
    private const NpgsqlDbType Text = NpgsqlDbType.Text;

    private readonly BulkTable _rounds = new("Rounds", ("Id", Int), ("Key", Text), ("ChannelId", Int), ("Title", Text), ("Status", Text),
        ("Number", Int), ("Date", Text), ("Place", Text), ("Outcomes", Text), ("Version", Int));
    private readonly BulkTable _roundCitations = new("RoundCitations", ("Id", Int), ("OwnerId", Int), ("SourceId", Int), ("Locator", Text));
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

    /// <summary>Writes the rounds (channels and source already stored) in one transaction; they get their ids here.</summary>
    public Task WriteAsync(IReadOnlyList<Round> batch, CancellationToken ct) =>
        InTransactionAsync(["Rounds", "RoundCitations"],
            [("Channels", batch.Select(r => r.ChannelId).ToHashSet()), ("Sources", Cited(batch.SelectMany(r => r.Citations.Select(c => c.SourceId))))], async () =>
        {
            var id = (int)await BulkTable.NextIdAsync(db, "Rounds", ct);
            var citation = (int)await BulkTable.NextIdAsync(db, "RoundCitations", ct);
            foreach (var r in batch)
            {
                r.Id = id++;
                _rounds.Add(r.Id, r.Key, r.ChannelId, r.Title, r.Status.ToString(), r.Number, r.Date?.ToString(), r.Place, r.Outcomes, 0);
                foreach (var c in r.Citations) _roundCitations.Add(citation++, r.Id, c.SourceId, c.Locator);
            }
            return ((long?)null, [_rounds, _roundCitations]);
        }, "Round", batch[0].Key, batch[^1].Key, batch.Count, ct);

    /// <summary>Writes the recommendations (parties, round ids, areas and source already stored) in one transaction.</summary>
    public Task WriteAsync(IReadOnlyList<(Recommendation Record, SearchEntry Entry)> batch, CancellationToken ct) =>
        InTransactionAsync(["Recommendations", "RecommendationCitations", "SearchEntries"],
            [("Parties", Known(batch.SelectMany(b => new[] { b.Record.FromPartyId, b.Record.ToPartyId }))),
             ("Rounds", batch.Where(b => b.Record.RoundId is not null).Select(b => b.Record.RoundId!.Value).ToHashSet()),
             ("IssueAreas", batch.SelectMany(b => b.Record.IssueAreas.Select(a => a.Id)).ToHashSet()),
             ("Sources", Cited(batch.SelectMany(b => b.Record.Citations.Select(c => c.SourceId))))], async () =>
        {
            var id = (int)await BulkTable.NextIdAsync(db, "Recommendations", ct);
            var citation = (int)await BulkTable.NextIdAsync(db, "RecommendationCitations", ct);
            var entry = await BulkTable.NextIdAsync(db, "SearchEntries", ct);
            var firstEntry = entry;
            foreach (var (r, e) in batch)
            {
                r.Id = id++;
                _recommendations.Add(r.Id, r.Key, r.Text, r.FromPartyId, r.ToPartyId, r.RoundId, r.Mechanism, r.Response.ToString(),
                    r.ActionCategory, r.Session, r.Cycle, r.Date?.ToString(), 0);
                foreach (var c in r.Citations) _recommendationCitations.Add(citation++, r.Id, c.SourceId, c.Locator);
                foreach (var a in r.IssueAreas) _recommendationAreas.Add(r.Id, a.Id);
                AddSearchEntry(entry++, e);
            }
            return ((long?)firstEntry, [_recommendations, _recommendationCitations, _recommendationAreas]);
        }, "Recommendation", batch[0].Record.Key, batch[^1].Record.Key, batch.Count, ct);

    /// <summary>Writes the cases (party, rounds, areas and source already stored) in one transaction.</summary>
    public Task WriteAsync(IReadOnlyList<(Case Record, SearchEntry Entry)> batch, CancellationToken ct) =>
        InTransactionAsync(["Cases", "CaseCitations", "CaseEvents", "SearchEntries"],
            [("Parties", Known(batch.Select(b => b.Record.PartyId))),
             ("Rounds", batch.SelectMany(b => b.Record.RaisedIn.Select(r => r.Id)).ToHashSet()),
             ("IssueAreas", batch.SelectMany(b => b.Record.IssueAreas.Select(a => a.Id)).ToHashSet()),
             ("Sources", Cited(batch.SelectMany(b => b.Record.Citations.Select(c => c.SourceId))))], async () =>
        {
            var id = (int)await BulkTable.NextIdAsync(db, "Cases", ct);
            var citation = (int)await BulkTable.NextIdAsync(db, "CaseCitations", ct);
            var @event = (int)await BulkTable.NextIdAsync(db, "CaseEvents", ct);
            var entry = await BulkTable.NextIdAsync(db, "SearchEntries", ct);
            var firstEntry = entry;
            foreach (var (c, e) in batch)
            {
                c.Id = id++;
                _cases.Add(c.Id, c.Key, c.PersonName, c.PersonRole, c.PartyId, c.Status.ToString(), c.Sentence, c.Summary, 0);
                foreach (var s in c.Citations) _caseCitations.Add(citation++, c.Id, s.SourceId, s.Locator);
                foreach (var a in c.IssueAreas) _caseAreas.Add(c.Id, a.Id);
                foreach (var r in c.RaisedIn) _caseRounds.Add(c.Id, r.Id);
                foreach (var ev in c.Events) _caseEvents.Add(@event++, c.Id, ev.Date?.ToString(), ev.Description, ev.Kind.ToString());
                AddSearchEntry(entry++, e);
            }
            return ((long?)firstEntry, [_cases, _caseCitations, _caseAreas, _caseRounds, _caseEvents]);
        }, "Case", batch[0].Record.Key, batch[^1].Record.Key, batch.Count, ct);

    private void AddSearchEntry(long id, SearchEntry e) =>
        _search.Add(id, e.Kind, e.RecordKey, e.Title, e.Body, e.TitleTerms, e.BodyTerms, e.Party, e.Year, e.Status, e.Areas.ToArray());

    private static HashSet<int> Cited(IEnumerable<int> sourceIds) => sourceIds.ToHashSet();

    private static HashSet<int> Known(IEnumerable<int?> ids) => ids.OfType<int>().ToHashSet();

    private async Task InTransactionAsync(string[] identityTables, IReadOnlyList<(string Table, IReadOnlyCollection<int> Ids)> parents, Func<Task<(long? FirstEntry, BulkTable[] Tables)>> fill, string kind,
        string firstKey, string lastKey, int count, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await BulkTable.LockAsync(db, identityTables, ct);
        await references.CheckedOnceAsync(db, parents, ct);
        var (firstEntry, tables) = await fill();
        foreach (var table in tables) await table.FlushAsync(db, ct);
        if (firstEntry is { } first) await SearchBulkLoad.WriteAsync(db, first, () => _search.FlushAsync(db, ct), ct);
        await BulkTable.AdvanceIdsAsync(db, identityTables, ct);
        db.AuditEntries.Add(BatchEntry(kind, firstKey, lastKey, count));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>One entry for the whole batch: what kind, how many, and the first and last key (keys are numbered in order).</summary>
    private AuditEntry BatchEntry(string kind, string firstKey, string lastKey, int count) => new()
    {
        At = DateTimeOffset.UtcNow,
        Actor = db.Actor,
        Origin = db.Origin,
        Action = AuditAction.Create,
        Kind = kind,
        RecordKey = $"{firstKey}..{lastKey}",
        After = JsonSerializer.Serialize(new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["Count"] = count,
            ["FirstKey"] = firstKey,
            ["LastKey"] = lastKey,
            ["Note"] = "generated in bulk: one audit entry for the batch",
        }),
    };
}
