using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;
using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>
/// What fields need while a form is shown or read: the store, the problems found so far (field name → message),
/// and the records that links may point at, loaded once per request.
/// </summary>
public sealed class FormContext(ParleyDb db, CancellationToken ct)
{
    private readonly Dictionary<Type, object> _byKey = [];

    public ParleyDb Db => db;
    public CancellationToken Ct => ct;
    public Dictionary<string, Message> Errors { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Error(string field, Message message) => Errors.TryAdd(field, message);
    public Message? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    /// <summary>Every record of a kind by key, tracked, so a link can be set to one of them.</summary>
    public async Task<IReadOnlyDictionary<string, TTarget>> RecordsAsync<TTarget>() where TTarget : class, IKeyed
    {
        if (_byKey.TryGetValue(typeof(TTarget), out var cached)) return (IReadOnlyDictionary<string, TTarget>)cached;
        var records = (await db.Set<TTarget>().ToListAsync(ct)).ToDictionary(r => r.Key, StringComparer.Ordinal);
        _byKey[typeof(TTarget)] = records;
        return records;
    }

    /// <summary>One record of a kind by key, tracked; from the records already loaded when there are, else asked for alone.</summary>
    public async Task<TTarget?> FindAsync<TTarget>(string key) where TTarget : class, IKeyed =>
        _byKey.TryGetValue(typeof(TTarget), out var cached) ? ((IReadOnlyDictionary<string, TTarget>)cached).GetValueOrDefault(key)
            : await db.Set<TTarget>().FirstOrDefaultAsync(r => r.Key == key, ct);

    /// <summary>The records of a kind with these keys, tracked; only those are read, however many the kind holds.</summary>
    public async Task<IReadOnlyDictionary<string, TTarget>> FindAllAsync<TTarget>(IReadOnlyCollection<string> keys) where TTarget : class, IKeyed
    {
        if (_byKey.TryGetValue(typeof(TTarget), out var cached)) return (IReadOnlyDictionary<string, TTarget>)cached;
        if (keys.Count == 0) return new Dictionary<string, TTarget>();
        var wanted = keys.ToList();
        return (await db.Set<TTarget>().Where(r => wanted.Contains(r.Key)).ToListAsync(ct)).ToDictionary(r => r.Key, StringComparer.Ordinal);
    }

    /// <summary>The choices for a link to a kind: every record, by what it is called.</summary>
    public async Task<IReadOnlyList<Choice>> ChoicesAsync<TTarget>() where TTarget : class, IKeyed
    {
        var kind = RecordKinds.Of<TTarget>();
        return (await RecordsAsync<TTarget>()).Values
            .Select(r => new Choice(r.Key, $"{kind.LabelOf(r)} ({r.Key})"))
            .OrderBy(c => c.Text, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
