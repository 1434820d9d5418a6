using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Parley.Domain;
using Parley.Features.Records;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>
/// Keeps the search entries in step with the records: called by <see cref="ParleyDb"/> before every save, it adds,
/// updates or removes the entry of each searchable record the save changes, so both are written in one transaction.
/// </summary>
public static class SearchIndexer
{
    /// <summary>The searchable kinds: those whose description says how search sees them.</summary>
    private static readonly Lazy<IReadOnlyList<ISearchText>> Searchable = new(() => [.. RecordKinds.InDocumentOrder.Select(k => k.Search).OfType<ISearchText>()]);

    public static IReadOnlyList<string> Kinds => [.. Searchable.Value.Select(s => s.Kind)];

    /// <summary>Runs after the audit stamp, which marks every record whose parts or links changed as modified.</summary>
    public static void Refresh(ParleyDb db)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && KindOf(e.Entity) is not null)
            .ToList();
        if (changed.Count == 0) return;
        var entries = db.Set<SearchEntry>();
        foreach (var record in changed)
        {
            var kind = KindOf(record.Entity)!;
            var existing = record.State == EntityState.Added ? null : Find(db, kind, (string)record.Property(nameof(IKeyed.Key)).OriginalValue!);
            if (record.State == EntityState.Deleted)
            {
                if (existing is not null) entries.Remove(existing);
                continue;
            }
            var fresh = Describe(db, record.Entity, record);
            if (existing is null)
            {
                entries.Add(fresh);
                continue;
            }
            fresh.Id = existing.Id;
            db.Entry(existing).CurrentValues.SetValues(fresh);
            existing.Areas = fresh.Areas;
        }
    }

    /// <summary>Builds every entry afresh from the records (after the search schema is added to a store that holds data).</summary>
    public static async Task<int> RebuildAsync(ParleyDb db, CancellationToken ct = default)
    {
        await db.Set<SearchEntry>().ExecuteDeleteAsync(ct);
        var count = 0;
        async Task AddAsync(ISearchText searchable)
        {
            foreach (var chunk in (await searchable.LoadAllAsync(db, ct)).Chunk(2000))
            {
                db.Set<SearchEntry>().AddRange(chunk.Select(r => Describe(db, r, db.Entry(r))));
                await db.SaveChangesAsync(ct);
                count += chunk.Length;
            }
        }
        foreach (var searchable in Searchable.Value) await AddAsync(searchable);
        db.ChangeTracker.Clear();
        return count;
    }

    /// <summary>
    /// The entry of a record written without the change tracker (the UPR bulk insert): the caller adds it in the
    /// same transaction as the record, so search finds every imported row. Links left unset are looked up in the store.
    /// </summary>
    public static SearchEntry EntryFor(ParleyDb db, IKeyed record) => Describe(db, record, null);

    /// <summary>
    /// The entry of a record that carries the links its entry names (party, instrument, funder, issue areas), as the
    /// generator builds them: it needs no store, so it can be built on another thread while a batch is written.
    /// </summary>
    public static SearchEntry EntryFor(IKeyed record) => Describe(null, record, null);

    public static string? KindOf(object entity) => SearchOf(entity)?.Kind;

    private static ISearchText? SearchOf(object entity) => Searchable.Value.FirstOrDefault(s => s.EntityType == entity.GetType());

    private static SearchEntry? Find(ParleyDb db, string kind, string key) =>
        db.Set<SearchEntry>().Local.FirstOrDefault(s => s.Kind == kind && s.RecordKey == key)
        ?? db.Set<SearchEntry>().FirstOrDefault(s => s.Kind == kind && s.RecordKey == key);

    /// <summary>The entry of a record; <paramref name="record"/> is its change-tracker entry when it has one (links it lacks are loaded).</summary>
    private static SearchEntry Describe(ParleyDb? db, object entity, EntityEntry? record)
    {
        var searchable = SearchOf(entity) ?? throw new InvalidOperationException($"{entity.GetType().Name} is not searchable");
        var facts = searchable.Describe(entity, new SearchLinks(db, record));
        return Entry(searchable.Kind, ((IKeyed)entity).Key, facts.Title, facts.Body, facts.Party, facts.Year, facts.Status, facts.Areas, facts.TitleIndexed);
    }

    private static SearchEntry Entry(string kind, string key, string title, string body, string? party, int? year, string? status, List<string> areas, bool titleIndexed = true) => new()
    {
        Kind = kind,
        RecordKey = key,
        Title = title,
        Body = body,
        TitleTerms = titleIndexed ? SearchWords.Terms(title) : "",
        BodyTerms = SearchWords.Terms(body),
        Party = party,
        Year = year,
        Status = status,
        Areas = areas,
    };
}
