using System.Collections.Concurrent;

namespace Parley.Store;

/// <summary>
/// The store's schema version for pages and /health, read from the migrations history at most every
/// <see cref="ReadEvery"/> per store. Reading the history on every call was most of what /health cost; the schema only
/// changes when migrations run, which `parley serve` does before it listens.
/// </summary>
public static class KeptSchemaVersion
{
    public static readonly TimeSpan ReadEvery = TimeSpan.FromSeconds(10);

    private static readonly ConcurrentDictionary<string, (DateTime ReadAt, string? Version)> Kept = new();

    public static async Task<string?> OfAsync(ParleyDb db, CancellationToken ct)
    {
        var store = DataVersion.StoreOf(db);
        var now = DateTime.UtcNow;
        if (Kept.TryGetValue(store, out var kept) && now - kept.ReadAt < ReadEvery) return kept.Version;
        var version = await ParleyStore.SchemaVersionAsync(db, ct);
        Kept[store] = (now, version);
        return version;
    }
}
