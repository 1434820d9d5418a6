using Parley.Domain;
using Parley.Features.Interchange;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>
/// One kind of record as the API serves it: its interchange document type is the request and response body,
/// so the API, `parley import` and `parley export` speak the same format and share one validation.
/// </summary>
public sealed class ApiKind<T, TDoc> : IApiKind where T : class, IKeyed where TDoc : class
{
    public required string Route { get; init; }
    public required string Label { get; init; }
    public bool Sensitive { get; init; }
    public string EntityName => typeof(T).Name;

    public required Func<TDoc, string> KeyOf { get; init; }

    /// <summary>A document holding just this record, for the importer.</summary>
    public required Func<TDoc, ParleyDocument> Wrap { get; init; }

    public required Func<RecordExporter, IQueryable<T>, CancellationToken, Task<List<TDoc>>> Export { get; init; }

    /// <summary>
    /// A faster read of one record by key, with its version, for a kind read often one at a time; null: its id and
    /// version, then <see cref="Export"/>.
    /// </summary>
    public Func<ParleyDb, RecordExporter, string, CancellationToken, Task<(TDoc Doc, int Version)?>>? ReadOne { get; init; }

    /// <summary>Filters that fit the kind, by query parameter name; each narrows a query by the parameter's value.</summary>
    public IReadOnlyDictionary<string, Func<IQueryable<T>, string, IQueryable<T>>> Filters { get; init; } =
        new Dictionary<string, Func<IQueryable<T>, string, IQueryable<T>>>();

    public IReadOnlyCollection<string> FilterNames => Filters.Keys.ToList();
}
