using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Interchange;

/// <summary>
/// The records of one kind an import can refer to: the ones the document adds and the ones already stored.
/// Stored ones are fetched on first reference, so importing into a large store does not load it whole.
/// </summary>
internal sealed class KeyedSet<T>(ParleyDb db, string kind) where T : class, IKeyed
{
    private readonly Dictionary<string, T> _added = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T?> _stored = new(StringComparer.Ordinal);

    public string Kind { get; } = kind;
    public IEnumerable<T> Added => _added.Values;
    public int AddedCount => _added.Count;
    public int SkippedCount { get; private set; }

    /// <summary>Registers a record of the document; false when the key is already taken.</summary>
    public bool TryAdd(T record, out bool alreadyStored)
    {
        alreadyStored = false;
        if (_added.ContainsKey(record.Key)) return false;
        if (Stored(record.Key) is not null)
        {
            alreadyStored = true;
            SkippedCount++;
            return true;
        }
        _added[record.Key] = record;
        return true;
    }

    public T? Find(string key) => _added.TryGetValue(key, out var added) ? added : Stored(key);

    private T? Stored(string key)
    {
        if (!_stored.TryGetValue(key, out var stored))
            _stored[key] = stored = db.Set<T>().FirstOrDefault(x => x.Key == key);
        return stored;
    }
}
