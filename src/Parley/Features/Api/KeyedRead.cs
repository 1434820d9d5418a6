using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>A record's id and version (the ETag), or null when no record has the key.</summary>
internal sealed record IdAndVersion(int Id, int Version);

/// <summary>
/// The id and version of one record of a kind by its key, compiled once per kind (and model): an API get runs it
/// before exporting the record.
/// </summary>
internal static class KeyedRead<T> where T : class, IKeyed
{
    private static readonly CompiledPerModel<Func<ParleyDb, string, CancellationToken, Task<IdAndVersion?>>> Compiled = new(() =>
        EF.CompileAsyncQuery((ParleyDb db, string key, CancellationToken ct) =>
            db.Set<T>().AsNoTracking().Where(r => r.Key == key)
                .Select(r => new IdAndVersion(r.Id, EF.Property<int>(r, AuditStamp.VersionProperty))).FirstOrDefault()));

    public static Task<IdAndVersion?> OfAsync(ParleyDb db, string key, CancellationToken ct) => Compiled.For(db)(db, key, ct);
}
