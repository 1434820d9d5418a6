using System.Collections.Concurrent;

namespace Parley.Store;

/// <summary>
/// A value computed from a whole store (the dashboard's figures), kept per store until its data changes
/// (<see cref="DataVersion"/>). One request computes it at a time: when the data changes under 64 waiting requests,
/// the first computes and the others wait and take its result, instead of 64 scans of a million rows holding their
/// rows in memory at once.
/// <para>
/// Not the framework's caches: IMemoryCache's GetOrCreate lets every caller that misses compute (the 64 scans this
/// avoids); HybridCache computes once per key but copies a value through its serializer on every read unless the type
/// is sealed and immutable (these are dictionaries, parties, name matchers); and both keep a past version's
/// value until it expires, where this keeps one value per store and replaces it when the data changes.
/// </para>
/// </summary>
public sealed class KeptPerVersion<T>(Func<ParleyDb, CancellationToken, Task<T>> compute)
{
    private readonly ConcurrentDictionary<string, (long Version, T Value)> _kept = new();
    private readonly SemaphoreSlim _computing = new(1, 1);

    public async Task<T> OfAsync(ParleyDb db, CancellationToken ct) => await OfAsync(db, await DataVersion.OfAsync(db, ct), ct);

    /// <summary>As <see cref="OfAsync(ParleyDb, CancellationToken)"/>, for a request that has read the data version already.</summary>
    public async Task<T> OfAsync(ParleyDb db, long version, CancellationToken ct)
    {
        var store = DataVersion.StoreOf(db);
        if (_kept.TryGetValue(store, out var kept) && kept.Version == version) return kept.Value;
        await _computing.WaitAsync(ct);
        try
        {
            if (_kept.TryGetValue(store, out kept) && kept.Version == version) return kept.Value;
            // The version is read before the figures: a change made meanwhile leaves them marked older, so the next
            // request computes them again rather than keeping a mix.
            var value = await compute(db, ct);
            _kept[store] = (version, value);
            return value;
        }
        finally
        {
            _computing.Release();
        }
    }
}
