using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Records;

namespace Parley.Features.Accounts;

/// <summary>
/// Copies a value of any shape with every string in it passed through <see cref="Withholding.Text"/>: records,
/// lists, arrays, tuples, dictionaries, domain objects with their links (cycles included). Objects in which nothing
/// changed are kept as they are, so a value without names costs a walk and no copy. Generic on purpose: a field added
/// to a page's results tomorrow is withheld without anyone remembering to. Left alone: numbers, dates, enums, delegates
/// and the program's own machinery (record kinds, the store).
/// </summary>
internal sealed class WithheldCopy
{
    private readonly Withholding _withholding;
    private readonly Dictionary<object, object> _done = new(ReferenceEqualityComparer.Instance);

    private WithheldCopy(Withholding withholding) => _withholding = withholding;

    public static object? Of(object? value, Withholding withholding) => new WithheldCopy(withholding).Copy(value);

    private object? Copy(object? value)
    {
        switch (value)
        {
            case null: return null;
            case string text: return _withholding.Text(text);
            case System.Text.Json.Nodes.JsonNode node: return _withholding.Json(node);
            case System.Text.Json.JsonElement element:
                var raw = element.GetRawText();
                var withheld = _withholding.Text(raw);
                return ReferenceEquals(withheld, raw) ? value : System.Text.Json.JsonDocument.Parse(withheld).RootElement.Clone();
        }
        var type = value.GetType();
        if (Plain(type)) return value;
        if (_done.TryGetValue(value, out var done)) return done;
        if (type.IsArray) return CopyArray((Array)value);
        if (type.IsGenericType)
        {
            var generic = type.GetGenericTypeDefinition();
            if (generic == typeof(List<>)) return CopyList((IList)value);
            if (generic == typeof(HashSet<>) || generic == typeof(Dictionary<,>) || generic == typeof(SortedDictionary<,>)
                || generic == typeof(SortedSet<>) || generic == typeof(SortedList<,>))
                return CopyHashed(value, type);
        }
        // A query not yet run (Select over a list) is run here, so its results are withheld like a list's; groupings
        // and lookups hold their elements already.
        if (type.Namespace == "System.Linq" && value is IEnumerable sequence && !IsGrouped(type)) return CopyList(Run(sequence, type), always: true);
        return CopyFields(value, type);
    }

    private Array CopyArray(Array array)
    {
        if (Plain(array.GetType().GetElementType()!)) return array;
        Array? copy = null;
        _done[array] = array;
        for (var i = 0; i < array.Length; i++)
        {
            var item = array.GetValue(i);
            var seen = Copy(item);
            if (ReferenceEquals(seen, item)) continue;
            copy ??= (Array)array.Clone();
            copy.SetValue(seen, i);
        }
        return (Array)Done(array, copy);
    }

    private static bool IsGrouped(Type type) => type.GetInterfaces().Any(i => i.IsGenericType
        && (i.GetGenericTypeDefinition() == typeof(ILookup<,>) || i.GetGenericTypeDefinition() == typeof(IGrouping<,>)));

    private static IList Run(IEnumerable sequence, Type type)
    {
        var item = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item ?? typeof(object)))!;
        foreach (var each in sequence) list.Add(each);
        return list;
    }

    private IList CopyList(IList list, bool always = false)
    {
        var type = list.GetType();
        if (Plain(type.GetGenericArguments()[0]) && !always) return list;
        _done[list] = list;
        var copy = always ? list : null;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var seen = Copy(item);
            if (ReferenceEquals(seen, item)) continue;
            if (copy is null)
            {
                copy = (IList)Activator.CreateInstance(type, list.Count)!;
                foreach (var earlier in list) copy.Add(earlier);
            }
            copy[i] = seen;
        }
        return (IList)Done(list, copy);
    }

    /// <summary>Sets and dictionaries are built anew (a changed key must be hashed again); keys that became equal merge.</summary>
    private object CopyHashed(object collection, Type type)
    {
        _done[collection] = collection;
        var dictionary = collection as IDictionary;
        var items = dictionary is null
            ? ((IEnumerable)collection).Cast<object?>().Select(i => (Item: i, Seen: Copy(i))).ToList()
            : Entries(dictionary).Select(e => (Item: (object?)e, Seen: (object?)new DictionaryEntry(Copy(e.Key)!, Copy(e.Value)))).ToList();
        var changed = dictionary is null
            ? items.Any(i => !ReferenceEquals(i.Item, i.Seen))
            : items.Any(i => !ReferenceEquals(((DictionaryEntry)i.Item!).Key, ((DictionaryEntry)i.Seen!).Key)
                || !ReferenceEquals(((DictionaryEntry)i.Item!).Value, ((DictionaryEntry)i.Seen!).Value));
        if (!changed) return Done(collection, null);
        var comparer = type.GetProperty("Comparer")?.GetValue(collection);
        var copy = comparer is null ? Activator.CreateInstance(type)! : Activator.CreateInstance(type, comparer)!;
        if (copy is IDictionary target)
            foreach (var (_, seen) in items) target[((DictionaryEntry)seen!).Key] = ((DictionaryEntry)seen!).Value;
        else
        {
            var add = type.GetMethod("Add")!;
            foreach (var (_, seen) in items) add.Invoke(copy, [seen]);
        }
        return Done(collection, copy);
    }

    private static IEnumerable<DictionaryEntry> Entries(IDictionary dictionary)
    {
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext()) yield return entries.Entry;
    }

    private object CopyFields(object value, Type type)
    {
        var fields = FieldsOf(type);
        // A class is copied before its fields are walked, so a cycle back to it finds the copy.
        var copy = type.IsValueType ? value : Clone(value);
        _done[value] = copy;
        var changed = false;
        foreach (var field in fields)
        {
            var item = field.GetValue(value);
            var seen = Copy(item);
            if (ReferenceEquals(seen, item)) continue;
            if (type.IsValueType && !changed) copy = Clone(value);
            field.SetValue(copy, seen);
            changed = true;
        }
        if (!changed) copy = value;
        _done[value] = copy;
        return copy;
    }

    private object Done(object original, object? copy)
    {
        _done[original] = copy ?? original;
        return copy ?? original;
    }

    private static readonly MethodInfo ShallowCopy = typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>A shallow copy; of a boxed struct, a new box, so the original is never written.</summary>
    private static object Clone(object value) => ShallowCopy.Invoke(value, null)!;

    private static readonly ConcurrentDictionary<Type, FieldInfo[]> Fields = new();

    /// <summary>Every instance field down the hierarchy that can hold text (keys too: a key made from a name is that name).</summary>
    private static FieldInfo[] FieldsOf(Type type) => Fields.GetOrAdd(type, t =>
    {
        var fields = new List<FieldInfo>();
        for (var at = t; at is not null && at != typeof(object); at = at.BaseType)
            fields.AddRange(at.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsLiteral && !Plain(f.FieldType)));
        return [.. fields];
    });

    private static readonly ConcurrentDictionary<Type, bool> PlainTypes = new();

    /// <summary>Types that hold no text to withhold, or must not be copied (the program's machinery).</summary>
    private static bool Plain(Type type) => PlainTypes.GetOrAdd(type, static t =>
    {
        if (t == typeof(string) || t == typeof(object) || t == typeof(System.Text.Json.JsonElement)
            || typeof(System.Text.Json.Nodes.JsonNode).IsAssignableFrom(t)) return false;
        if (t.IsPrimitive || t.IsEnum || t.IsPointer || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(DateTimeOffset)
            || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan) || t == typeof(Guid)) return true;
        if (Nullable.GetUnderlyingType(t) is { } inner) return Plain(inner);
        if (typeof(Delegate).IsAssignableFrom(t) || typeof(MemberInfo).IsAssignableFrom(t) || typeof(DbContext).IsAssignableFrom(t)
            || typeof(RecordKind).IsAssignableFrom(t) || typeof(Withholding).IsAssignableFrom(t) || typeof(Task).IsAssignableFrom(t)
            || typeof(CancellationToken) == t || typeof(IServiceProvider).IsAssignableFrom(t)) return true;
        if (t.IsArray) return Plain(t.GetElementType()!);
        if (t.Namespace?.StartsWith("Parley.Features.Records.Fields", StringComparison.Ordinal) == true) return true;
        // Interfaces and abstract types can hold anything; value tuples and key-value pairs are walked field by field.
        if (t.IsInterface || t.IsAbstract) return false;
        if (t.Assembly == typeof(WithheldCopy).Assembly) return false;
        if (t.IsGenericType && t.Namespace is "System" or "System.Collections.Generic" or "System.Collections.ObjectModel" or "System.Linq") return false;
        // Anything else from a library (encoders, comparers, cultures) is machinery, not a reader's text.
        return true;
    });
}
