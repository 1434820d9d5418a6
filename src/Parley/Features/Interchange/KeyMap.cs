namespace Parley.Features.Interchange;

/// <summary>
/// Record ids of one kind to their keys, for writing links as keys. Read whole for an export of the store; for a
/// large kind (a million recommendations) an API request reads only the ids its records link to, so that one request
/// does not read every key of the store.
/// </summary>
internal sealed class KeyMap(Dictionary<int, string> keys, Func<List<int>, CancellationToken, Task<Dictionary<int, string>>>? load = null)
{
    /// <summary>Reads the keys of these ids unless they are known already; a no-op for a map read whole.</summary>
    public async Task LoadAsync(IEnumerable<int?> ids, CancellationToken ct)
    {
        if (load is null) return;
        var missing = ids.OfType<int>().Where(id => !keys.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0) return;
        foreach (var (id, key) in await load(missing, ct)) keys[id] = key;
    }

    public string this[int id] => keys[id];
}
