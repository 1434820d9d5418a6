using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>A record's id and version (the ETag), or null when no record has the key.</summary>
internal sealed record IdAndVersion(int Id, int Version);

/// <summary>
/// The id and version of one record of a kind by its key, compiled once per kind and model (SQLite's and PostgreSQL's
/// differ): an API get runs it before exporting the record, and building the query afresh cost as much as running it.
/// </summary>
internal static class KeyedRead<T> where T : class, IKeyed
{
    private static readonly ConcurrentDictionary<IModel, Func<ParleyDb, string, CancellationToken, Task<IdAndVersion?>>> Compiled = new();

    public static Task<IdAndVersion?> OfAsync(ParleyDb db, string key, CancellationToken ct) =>
        Compiled.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery((ParleyDb db, string key, CancellationToken ct) =>
            db.Set<T>().AsNoTracking().Where(r => r.Key == key)
                .Select(r => new IdAndVersion(r.Id, EF.Property<int>(r, AuditStamp.VersionProperty))).FirstOrDefault()))(db, key, ct);
}
