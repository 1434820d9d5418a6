using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>
/// Keeps the search entries in step with the records: called by <see cref="ParleyDb"/> before every save, it adds,
/// updates or removes the entry of each searchable record the save changes, so both are written in one transaction.
/// </summary>
public static partial class SearchIndexer
{
    private const int TitleLength = 140;

    public static readonly IReadOnlyList<string> Kinds = ["recommendation", "commitment", "case", "provision", "programme", "statement", "source"];

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
        async Task AddAsync<T>(IQueryable<T> records) where T : class
        {
            foreach (var chunk in (await records.ToListAsync(ct)).Chunk(2000))
            {
                db.Set<SearchEntry>().AddRange(chunk.Select(r => Describe(db, r, db.Entry(r))));
                await db.SaveChangesAsync(ct);
                count += chunk.Length;
            }
        }
        await AddAsync(db.Recommendations.Include(r => r.IssueAreas).Include(r => r.FromParty).Include(r => r.ToParty).AsSplitQuery());
        await AddAsync(db.Commitments.Include(c => c.IssueAreas).Include(c => c.Party).AsSplitQuery());
        await AddAsync(db.Cases.Include(c => c.IssueAreas).Include(c => c.Party).AsSplitQuery());
        await AddAsync(db.Provisions.Include(p => p.IssueAreas).Include(p => p.Instrument).ThenInclude(i => i.Party).AsSplitQuery());
        await AddAsync(db.Programmes.Include(p => p.IssueAreas).Include(p => p.Funder).ThenInclude(f => f!.Party).AsSplitQuery());
        await AddAsync(db.Statements.Include(s => s.Party));
        await AddAsync(db.Sources);
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

    public static string? KindOf(object entity) => entity switch
    {
        Recommendation => "recommendation",
        Commitment => "commitment",
        Case => "case",
        Provision => "provision",
        Programme => "programme",
        Statement => "statement",
        Source => "source",
        _ => null,
    };

    private static SearchEntry? Find(ParleyDb db, string kind, string key) =>
        db.Set<SearchEntry>().Local.FirstOrDefault(s => s.Kind == kind && s.RecordKey == key)
        ?? db.Set<SearchEntry>().FirstOrDefault(s => s.Kind == kind && s.RecordKey == key);

    /// <summary>The entry of a record; <paramref name="record"/> is its change-tracker entry when it has one (links it lacks are loaded).</summary>
    private static SearchEntry Describe(ParleyDb? db, object entity, EntityEntry? record) => entity switch
    {
        Recommendation r => Entry("recommendation", r.Key, Shorten(r.Text), Join(r.Text, r.Mechanism),
            PartyKey(db, r.ToParty, r.ToPartyId) ?? PartyKey(db, r.FromParty, r.FromPartyId), r.Date?.Year, Kebab(r.Response.ToString()),
            Areas(record, r.IssueAreas), titleIndexed: false),
        Commitment c => Entry("commitment", c.Key, c.Title, Join([c.Text, .. c.Steps, c.Indicator, c.Verification]),
            PartyKey(db, c.Party, c.PartyId), Latest(c)?.Date?.Year ?? c.Deadline?.Year, Latest(c) is { } latest ? Kebab(latest.Status.ToString()) : null,
            Areas(record, c.IssueAreas)),
        Case c => Entry("case", c.Key, c.PersonName, Join([c.PersonRole, c.Summary, c.Sentence, .. c.Events.Select(e => e.Description)]),
            PartyKey(db, c.Party, c.PartyId), c.Events.Where(e => e.Date is not null).Select(e => e.Date!.Value).DefaultIfEmpty().Min().Year is var y and > 0 ? y : null,
            Kebab(c.Status.ToString()), Areas(record, c.IssueAreas)),
        Provision p => Entry("provision", p.Key, Join(InstrumentOf(db, p)?.Title, p.Label, p.Title), Join([p.Text, .. p.VagueTerms]),
            PartyKey(db, InstrumentOf(db, p)?.Party, InstrumentOf(db, p)?.PartyId), InstrumentOf(db, p)?.Year, null, Areas(record, p.IssueAreas)),
        Programme p => Entry("programme", p.Key, p.Name, Join([p.Description, p.PartnerDescription, .. p.Topics]),
            FunderParty(db, p), p.StartYear, null, Areas(record, p.IssueAreas)),
        Statement s => Entry("statement", s.Key, s.Title, Join(s.Text, s.Speaker), PartyKey(db, s.Party, s.PartyId), s.Date?.Year, Kebab(s.Kind.ToString()), []),
        Source s => Entry("source", s.Key, s.Title, Join(s.Author, s.Publisher, s.Note, s.Url), null, s.Published?.Year, Kebab(s.Kind.ToString()), []),
        _ => throw new InvalidOperationException($"{entity.GetType().Name} is not searchable"),
    };

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

    private static CommitmentStatusChange? Latest(Commitment c) => CommitmentCurrentStatus.Latest(c);

    /// <summary>A record loaded without its issue areas (an edit of another field) has them loaded here, not dropped.</summary>
    private static List<string> Areas(EntityEntry? record, List<IssueArea> areas)
    {
        // New and bulk-written (untracked) records carry their areas already; stored ones may need them loaded.
        if (record is { State: not (EntityState.Added or EntityState.Detached) } && record.Collection(nameof(Recommendation.IssueAreas)) is { IsLoaded: false } collection) collection.Load();
        return [.. areas.Select(a => a.Key).Distinct().Order(StringComparer.Ordinal)];
    }

    private static string? PartyKey(ParleyDb? db, Party? party, int? id) =>
        party?.Key ?? (id is { } value and > 0 ? db?.Parties.Find(value)?.Key : null);

    private static LegalInstrument? InstrumentOf(ParleyDb? db, Provision p) =>
        p.Instrument ?? (p.InstrumentId > 0 ? db?.LegalInstruments.Find(p.InstrumentId) : null);

    private static string? FunderParty(ParleyDb? db, Programme p)
    {
        var funder = p.Funder ?? (p.FunderId is { } id and > 0 ? db?.Institutions.Find(id) : null);
        return funder is null ? null : PartyKey(db, funder.Party, funder.PartyId);
    }

    private static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Shorten(string text) =>
        text.Length <= TitleLength ? text : text[..(text.LastIndexOf(' ', TitleLength) is var cut and > 40 ? cut : TitleLength)] + "…";

    private static string Kebab(string name) => KebabBoundary().Replace(name, "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex KebabBoundary();
}
