using Microsoft.Extensions.Caching.Memory;

namespace Parley.Store;

/// <summary>
/// The store's schema version for pages and /health, read from the migrations history at most every
/// <see cref="ReadEvery"/> per store and kept in the framework's memory cache meanwhile. Reading the history on every
/// call was most of what /health cost; the schema only changes when migrations run, which `parley serve` does before
/// it listens.
/// </summary>
public static class KeptSchemaVersion
{
    public static readonly TimeSpan ReadEvery = TimeSpan.FromSeconds(10);

    public static Task<string?> OfAsync(IMemoryCache cache, ParleyDb db, CancellationToken ct) =>
        cache.GetOrCreateAsync((typeof(KeptSchemaVersion), DataVersion.StoreOf(db)), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ReadEvery;
            return ParleyStore.SchemaVersionAsync(db, ct);
        });
}
