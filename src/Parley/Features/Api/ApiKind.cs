using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Interchange;
using Parley.Features.Interchange.Document;
using Parley.Features.Records;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>
/// One kind of record as the interchange document and the API see it: how a record becomes its document (export) and
/// back (import), and the API's filters. The document type is the API's request and response body, so the API,
/// `parley import` and `parley export` speak the same format and share one validation. Written once per kind, in the
/// kind's description (Records/Kinds); its names (route, label) are the kind's own.
/// </summary>
public sealed class ApiKind<T, TDoc> : IApiKind where T : class, IKeyed where TDoc : class
{
    /// <summary>The record kind's own unless given (for a kind without record pages, such as follow-ups).</summary>
    public string Route { get => field ?? RecordKinds.Of<T>().Slug; init; }
    public string Label { get => field ?? RecordKinds.Of<T>().Singular; init; }
    public bool Sensitive { get; init; }
    public string EntityName => typeof(T).Name;
    public Type EntityType => typeof(T);
    public Type DocumentType => typeof(TDoc);

    /// <summary>The kind's list in <see cref="ParleyDocument"/>: the one list whose items are this document type.</summary>
    private static readonly PropertyInfo DocumentList = typeof(ParleyDocument).GetProperties().Single(p => p.PropertyType == typeof(List<TDoc>));

    private static readonly Func<TDoc, List<CitationDoc>?>? CitationsOf =
        typeof(TDoc).GetProperty(nameof(ISourced.Citations)) is { } citations ? d => (List<CitationDoc>?)citations.GetValue(d) : null;

    /// <summary>The sources a document cites; empty for a kind that cites none.</summary>
    public static IReadOnlyList<CitationDoc> Cited(TDoc doc) => CitationsOf?.Invoke(doc) ?? [];

    /// <summary>The kind's name in the document ("issueAreas"): the JSON list, the CSV kind and the place in problems.</summary>
    public string DocumentName { get; } = JsonNamingPolicy.CamelCase.ConvertName(DocumentList.Name);

    public Func<TDoc, string> KeyOf { get; } = typeof(TDoc).GetProperty(nameof(IKeyed.Key))!.GetMethod!.CreateDelegate<Func<TDoc, string>>();

    /// <summary>A document holding just this record, for the importer.</summary>
    public ParleyDocument Wrap(TDoc doc)
    {
        var document = new ParleyDocument();
        DocumentList.SetValue(document, new List<TDoc> { doc });
        return document;
    }

    public List<TDoc>? From(ParleyDocument document) => (List<TDoc>?)DocumentList.GetValue(document);

    /// <summary>One record as its document, links written as keys (its parts and many-to-many links are loaded).</summary>
    public required Func<RecordExporter, T, TDoc> ToDocument { get; init; }

    /// <summary>The records as documents, sorted by key.</summary>
    public Task<List<TDoc>> Export(RecordExporter exporter, IQueryable<T> records, CancellationToken ct) => exporter.ExportAsync(records, ToDocument, ct);

    /// <summary>A record from its document: its own values (pass 1 of an import, before any link is resolved).</summary>
    public required Func<DocumentImporter, TDoc, T> Create { get; init; }

    /// <summary>The record's links, resolved by key (pass 2); citations are resolved for every sourced kind without it.</summary>
    public Action<DocumentImporter, TDoc, T, string>? Link { get; init; }

    /// <summary>A check over all the kind's records of a document once linked (issue areas: no cycle of parents).</summary>
    public Action<DocumentImporter, IReadOnlyList<(TDoc Doc, T Entity, string At)>>? Check { get; init; }

    /// <summary>
    /// The kind grows with the store (a million recommendations): an API request reads only the keys of its records
    /// that a page links to, not the whole kind's keys.
    /// </summary>
    public bool KeysOnDemand { get; init; }

    /// <summary>
    /// A faster read of one record by key, with its version, for a kind read often one at a time; null: its id and
    /// version, then <see cref="Export"/>.
    /// </summary>
    public Func<ParleyDb, RecordExporter, string, CancellationToken, Task<(TDoc Doc, int Version)?>>? ReadOne { get; init; }

    /// <summary>
    /// A faster read of a page of records by id (the API's list), in one statement; null: <see cref="Export"/>, which
    /// reads the records and each of their parts in a statement of its own.
    /// </summary>
    public Func<ParleyDb, RecordExporter, List<int>, CancellationToken, Task<List<TDoc>>>? ReadPage { get; init; }

    /// <summary>Filters that fit the kind, by query parameter name; each narrows a query by the parameter's value.</summary>
    public IReadOnlyDictionary<string, Func<IQueryable<T>, string, IQueryable<T>>> Filters { get; init; } =
        new Dictionary<string, Func<IQueryable<T>, string, IQueryable<T>>>();

    public IReadOnlyCollection<string> FilterNames => Filters.Keys.ToList();

    public void MapEndpoints(RouteGroupBuilder api) => RecordEndpoints.Map(api, this);

    public async Task ExportInto(ParleyDocument document, RecordExporter exporter, ParleyDb db, CancellationToken ct) =>
        DocumentList.SetValue(document, RecordExporter.Listed(await Export(exporter, db.Set<T>(), ct)));

    public async Task<List<object>> DocumentsAsync(ParleyDb db, RecordExporter exporter, string[] keys, CancellationToken ct) =>
        [.. await Export(exporter, db.Set<T>().Where(r => keys.Contains(r.Key)), ct)];

    public async Task TrackAsync(ParleyDb db, string[] keys, CancellationToken ct)
    {
        IQueryable<T> query = db.Set<T>();
        foreach (var navigation in RecordCopy.CopiedNavigations(db.Model.FindEntityType(typeof(T))!)) query = query.Include(navigation.Name);
        await query.AsSplitQuery().Where(r => keys.Contains(r.Key)).LoadAsync(ct);
    }

    /// <summary>Pass 1 of an import for this kind; returns pass 2, which resolves the links of the records it registered.</summary>
    public Action ImportFrom(DocumentImporter importer, ParleyDocument document)
    {
        var pending = importer.Register(importer.Set<T>(), From(document), d => Create(importer, d));
        return () =>
        {
            foreach (var (doc, entity, at) in pending)
            {
                Link?.Invoke(importer, doc, entity, at);
                if (entity is ISourced sourced && CitationsOf is not null) sourced.Citations.AddRange(importer.Cite(CitationsOf(doc), at));
            }
            Check?.Invoke(importer, pending);
        };
    }
}
