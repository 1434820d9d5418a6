using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Parley.Domain;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Interchange;

/// <summary>
/// Turns stored records into their interchange documents, links written as keys: each kind's description says how
/// one record reads (<see cref="ApiKind{T, TDoc}.ToDocument"/>); this holds the id-to-key maps of the kinds records
/// link to. Used for the whole store by <see cref="DocumentExporter"/> and for a page or one record by the API.
/// Records come out sorted by key, their parts by value, so the same store always reads the same.
/// </summary>
public sealed class RecordExporter
{
    private readonly Dictionary<Type, KeyMap> _keys;
    private readonly IModel _model;

    private RecordExporter(Dictionary<Type, KeyMap> keys, IModel model) => (_keys, _model) = (keys, model);

    /// <summary>
    /// The kinds a record or one of its parts links to by a foreign key, read from the model: the maps an export needs.
    /// Many-to-many links are read as the linked records themselves and need no map.
    /// </summary>
    private static IEnumerable<Type> LinkTargets(IModel model) => model.GetEntityTypes()
        .Where(t => typeof(IKeyed).IsAssignableFrom(t.ClrType) || t.IsOwned())
        .SelectMany(t => t.GetForeignKeys()).Where(fk => !fk.IsOwnership)
        .Select(fk => fk.PrincipalEntityType.ClrType).Where(t => typeof(IKeyed).IsAssignableFrom(t)).Distinct();

    /// <summary>Reads the id-to-key maps of the kinds records link to, whole: for exporting the store.</summary>
    public static async Task<RecordExporter> CreateAsync(ParleyDb db, CancellationToken ct = default)
    {
        var keys = new Dictionary<Type, KeyMap>();
        foreach (var type in LinkTargets(db.Model)) keys[type] = new(await KeysAsync(db, type, ct));
        return new(keys, db.Model);
    }

    /// <summary>
    /// For a page or one record (the API): the kinds that stay small are read whole, those that grow with the store
    /// (<see cref="IApiKind.KeysOnDemand"/>) only for the ids the exported records link to. Rounds count as small (2,001
    /// at a million recommendations, a few hundred kilobytes of keys): reading a record's round key on its own was a
    /// sixth of what an API read of one recommendation cost. The small maps are kept between requests while the
    /// store's data is unchanged (<see cref="DataVersion"/>).
    /// </summary>
    public static async Task<RecordExporter> ForFewAsync(ParleyDb db, CancellationToken ct = default) =>
        await ForFewAsync(db, await DataVersion.OfAsync(db, ct), ct);

    /// <summary>As <see cref="ForFewAsync(ParleyDb, CancellationToken)"/>, for a request that has read the data version already.</summary>
    public static async Task<RecordExporter> ForFewAsync(ParleyDb db, long version, CancellationToken ct)
    {
        var small = await KeptSmallMaps.OfAsync(db, version, ct);
        var keys = small.ToDictionary(m => m.Key, m => new KeyMap(new Dictionary<int, string>(m.Value)));
        foreach (var type in LinkTargets(db.Model).Where(OnDemand)) keys[type] = OnDemandMap(db, type);
        return new(keys, db.Model);
    }

    private static bool OnDemand(Type type) => ApiKinds.OfEntity(type).KeysOnDemand;

    /// <summary>Never changed once read (a map read whole loads nothing more), so requests share them.</summary>
    private static readonly KeptPerVersion<Dictionary<Type, Dictionary<int, string>>> KeptSmallMaps = new(async (db, ct) =>
    {
        var maps = new Dictionary<Type, Dictionary<int, string>>();
        foreach (var type in LinkTargets(db.Model).Where(t => !OnDemand(t))) maps[type] = await KeysAsync(db, type, ct);
        return maps;
    });

    private static Task<Dictionary<int, string>> KeysAsync(ParleyDb db, Type type, CancellationToken ct) =>
        typeof(RecordExporter)
            .GetMethod(nameof(KeysOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type).CreateDelegate<Func<ParleyDb, CancellationToken, Task<Dictionary<int, string>>>>()(db, ct);

    private static Task<Dictionary<int, string>> KeysOfAsync<T>(ParleyDb db, CancellationToken ct) where T : class, IKeyed =>
        db.Set<T>().AsNoTracking().Select(r => new { Id = EF.Property<int>(r, "Id"), r.Key }).ToDictionaryAsync(r => r.Id, r => r.Key, ct);

    private static KeyMap OnDemandMap(ParleyDb db, Type type) =>
        new([], (Func<List<int>, CancellationToken, Task<Dictionary<int, string>>>)typeof(RecordExporter)
            .GetMethod(nameof(LoadKeys), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [db])!);

    private static Func<List<int>, CancellationToken, Task<Dictionary<int, string>>> LoadKeys<T>(ParleyDb db) where T : class, IKeyed =>
        async (ids, ct) => await db.Set<T>().AsNoTracking().Where(r => ids.Contains(EF.Property<int>(r, "Id")))
            .Select(r => new { Id = EF.Property<int>(r, "Id"), r.Key }).ToDictionaryAsync(r => r.Id, r => r.Key, ct);

    /// <summary>The key of a linked record, by its id.</summary>
    public string Key<T>(int id) where T : IKeyed => _keys[typeof(T)][id];

    /// <summary>The key of an optional link; null for none.</summary>
    public string? Key<T>(int? id) where T : IKeyed => id is { } value ? _keys[typeof(T)][value] : null;

    /// <summary>The sources cited, as keys with their locators, sorted.</summary>
    public List<CitationDoc>? Cite(IEnumerable<Citation> citations) => Listed(citations
        .Select(c => new CitationDoc(Key<Source>(c.SourceId), c.Locator))
        .OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Locator, StringComparer.Ordinal));

    /// <summary>The keys of linked records, sorted.</summary>
    public static List<string>? Keys<T>(IEnumerable<T> items) where T : IKeyed => Listed(items.Select(i => i.Key).Order(StringComparer.Ordinal));

    /// <summary>An empty list is left out of the document rather than written as [].</summary>
    public static List<T>? Listed<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }

    /// <summary>
    /// Reads the records with their parts and many-to-many links (what a document holds beyond the record's own
    /// columns, taken from the model), then the keys of the large kinds they link to, then turns each into its document.
    /// </summary>
    public async Task<List<TDoc>> ExportAsync<T, TDoc>(IQueryable<T> records, Func<RecordExporter, T, TDoc> toDocument, CancellationToken ct)
        where T : class, IKeyed
    {
        var query = records.AsNoTracking();
        var type = _model.FindEntityType(typeof(T))!;
        var parts = type.GetNavigations().Where(RecordCopy.IsPart).Select(n => n.Name)
            .Concat(type.GetSkipNavigations().Where(n => n.PropertyInfo is not null).Select(n => n.Name)).ToList();
        foreach (var part in parts) query = query.Include(part);
        var list = await (parts.Count > 1 ? query.AsSplitQuery() : query).ToListAsync(ct);
        await LoadLinkedKeysAsync(type, list.Cast<object>().ToList(), ct);
        return list.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => toDocument(this, r)).ToList();
    }

    /// <summary>Reads the keys an on-demand map lacks for the records' links and their parts' links.</summary>
    private async Task LoadLinkedKeysAsync(IReadOnlyEntityType type, List<object> records, CancellationToken ct)
    {
        if (records.Count == 0) return;
        foreach (var fk in type.GetForeignKeys().Where(fk => !fk.IsOwnership))
            if (_keys.TryGetValue(fk.PrincipalEntityType.ClrType, out var map) && fk.Properties[0].PropertyInfo is { } id)
                await map.LoadAsync(records.Select(r => (int?)id.GetValue(r)), ct);
        foreach (var owned in type.GetNavigations().Where(n => n.ForeignKey.IsOwnership))
            await LoadLinkedKeysAsync(owned.TargetEntityType,
                records.SelectMany(r => owned.PropertyInfo!.GetValue(r) is System.Collections.IEnumerable items ? items.Cast<object>() : []).ToList(), ct);
    }
}
