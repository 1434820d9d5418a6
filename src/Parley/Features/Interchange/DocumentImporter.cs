using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Domain;
using Parley.Features.Api;
using Parley.Features.Import;
using Parley.Features.Records;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Interchange;

/// <summary>
/// Loads a <see cref="ParleyDocument"/> into a store. Everything is checked first (keys, required fields, every link);
/// with any problem nothing is written. Otherwise all records are added in one transaction. Records whose key is
/// already stored are skipped, so importing the same document twice adds nothing.
/// </summary>
public sealed partial class DocumentImporter
{
    private readonly ParleyDb _db;
    private readonly string _file;
    private readonly Func<string, int, int?> _lineOf;
    private readonly List<ImportProblem> _problems = [];
    /// <summary>Per kind, the records the document adds and the stored ones it refers to.</summary>
    private readonly Dictionary<Type, object> _sets = [];

    /// <summary>True when records whose key is stored replace the stored ones (the API's update) instead of being skipped.</summary>
    private readonly bool _replace;
    private readonly List<(object Fresh, object Stored)> _replaced = [];

    private DocumentImporter(ParleyDb db, string file, Func<string, int, int?> lineOf, bool replace = false)
    {
        (_db, _file, _lineOf, _replace) = (db, file, lineOf, replace);
    }

    /// <summary>The records of one kind the document adds or refers to.</summary>
    internal KeyedSet<T> Set<T>() where T : class, IKeyed
    {
        if (!_sets.TryGetValue(typeof(T), out var set)) _sets[typeof(T)] = set = new KeyedSet<T>(_db, ApiKinds.OfEntity(typeof(T)).DocumentName);
        return (KeyedSet<T>)set;
    }

    /// <summary>Parses and imports a document given as UTF-8 bytes; <paramref name="file"/> names it in problems.</summary>
    public static async Task<ImportResult> ImportAsync(ParleyDb db, byte[] json, string file, bool dryRun = false, CancellationToken ct = default)
    {
        ParleyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ParleyDocument>(json, DocumentJson.Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $":{n + 1}" : "";
            var path = e.Path is { Length: > 1 } p ? $" (at {p})" : "";
            return Failed(new ImportProblem($"{file}{line}", $"{Clean(e.Message)}{path}"), dryRun);
        }
        if (document is null) return Failed(new ImportProblem(file, "the file holds no JSON document"), dryRun);
        if (document.Format != ParleyDocument.FormatName || document.Version != ParleyDocument.CurrentVersion)
            return Failed(new ImportProblem(file, $"not a Parley document of version {ParleyDocument.CurrentVersion} (format '{document.Format}', version {document.Version})"), dryRun);

        var lines = JsonLineIndex.Build(json);
        var importer = new DocumentImporter(db, file, lines.LineOf);
        return await importer.RunAsync(document, dryRun, ct);
    }

    /// <summary>
    /// Checks and saves the records of an already parsed document: the API's create (nothing stored under the key)
    /// and update (<paramref name="replace"/>: the stored record with the same key takes the document's values and links;
    /// it must be tracked by <paramref name="db"/> with its links loaded). Problems name the field in <see cref="ImportProblem.Field"/>.
    /// </summary>
    public static Task<ImportResult> ApplyAsync(ParleyDb db, ParleyDocument document, string place, bool replace, CancellationToken ct = default) =>
        new DocumentImporter(db, place, (_, _) => null, replace).RunAsync(document, dryRun: false, ct);

    /// <summary>A JSON syntax or type error as a field (JSON path without "$.") and a message in the words of the format.</summary>
    public static (string Field, string Message) Describe(JsonException e)
    {
        var message = Clean(e.Message);
        var field = e.Path is { Length: > 2 } p ? p.TrimStart('$', '.') : "";
        if (UnknownField().Match(e.Message) is { Success: true } unknown) field = unknown.Groups[1].Value;
        if (MissingFields().Match(e.Message) is { Success: true } missing) field = missing.Groups[1].Value.Split(',')[0].Trim().Trim('\'');
        return (field, message);
    }

    private static ImportProblem ProblemAt(string place, string field, string message) => new($"{place}.{field}", message) { Field = field };

    /// <summary>
    /// Imports a document read from another format (a CSV file); <paramref name="lineOf"/> gives each record's line.
    /// With <paramref name="replace"/>, records whose key is stored update them (they must be tracked with their links loaded).
    /// </summary>
    public static Task<ImportResult> ImportAsync(ParleyDb db, ParleyDocument document, string file, Func<string, int, int?> lineOf, bool dryRun,
        CancellationToken ct = default, bool replace = false) =>
        new DocumentImporter(db, file, lineOf, replace).RunAsync(document, dryRun, ct);

    private static ImportResult Failed(ImportProblem problem, bool dryRun) =>
        new([problem], new Dictionary<string, int>(), new Dictionary<string, int>(), dryRun);

    /// <summary>System.Text.Json speaks of .NET types and appends its own position; we speak of fields and report the place our way.</summary>
    internal static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        if (UnknownField().Match(message) is { Success: true } unknown) return $"unknown field '{unknown.Groups[1].Value}'";
        if (MissingFields().Match(message) is { Success: true } missing) return $"missing required field(s): {missing.Groups[1].Value}";
        if (message.Contains("could not be converted to", StringComparison.Ordinal)) return "the value has the wrong type for this field";
        return message;
    }

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownField();

    [GeneratedRegex("missing required properties including: (.*?)\\.?$")]
    private static partial Regex MissingFields();

    private async Task<ImportResult> RunAsync(ParleyDocument document, bool dryRun, CancellationToken ct)
    {
        Check(document);
        var sets = ApiKinds.InDocument.Select(k => (IKeyedSetSummary)Activator.CreateInstance(typeof(Summary<>).MakeGenericType(k.EntityType), _sets[k.EntityType])!).ToList();
        var added = sets.ToDictionary(s => s.Kind, s => s.Added);
        var skipped = sets.ToDictionary(s => s.Kind, s => s.Skipped);
        if (_problems.Count > 0 || dryRun)
        {
            _db.ChangeTracker.Clear();
            return new ImportResult(_problems, added, skipped, dryRun);
        }
        var relabelled = await SaveAsync(document, sets, ct);
        return new ImportResult(_problems, added, skipped, dryRun)
        {
            Notes = relabelled == 0 ? [] : [$"the UPR issue mapping: {relabelled} label(s) set as in {_file}"],
        };
    }

    /// <summary>
    /// Builds every record of the document and checks it: first each kind's records are created and their keys
    /// registered (so links may point forwards), then every link is resolved against the document and the store.
    /// </summary>
    private void Check(ParleyDocument document)
    {
        var linking = ApiKinds.InDocument.Select(kind => kind.ImportFrom(this, document)).ToList();
        foreach (var link in linking) link();
        foreach (var (i, field, message) in IssueMappingTransfer.Check(document.IssueMapping, key => Set<IssueArea>().Find(key) is not null))
        {
            var line = _lineOf("issueMapping", i);
            var at = $"{_file}{(line is null ? "" : $":{line}")}: issueMapping[{i}]";
            if (field.Length == 0) _problems.Add(new ImportProblem(at, message));
            else Problem(at, field, message);
        }
    }

    /// <summary>Writes the checked records, the replaced ones and the issue mapping in one transaction; returns the labels relabelled.</summary>
    private async Task<int> SaveAsync(ParleyDocument document, List<IKeyedSetSummary> sets, CancellationToken ct)
    {
        // Alone, the import is one transaction; inside a caller's (parley migrate), the caller commits or rolls back.
        await using var transaction = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(ct) : null;
        foreach (var set in sets) set.AddTo(_db);
        foreach (var (fresh, stored) in _replaced) RecordCopy.Into(_db, fresh, stored);
        var relabelled = await IssueMappingTransfer.ApplyAsync(_db, document.IssueMapping, ct);
        await _db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        _db.ChangeTracker.Clear();
        return relabelled;
    }

    private interface IKeyedSetSummary
    {
        string Kind { get; }
        int Added { get; }
        int Skipped { get; }
        void AddTo(ParleyDb db);
    }

    private sealed class Summary<T>(KeyedSet<T> set) : IKeyedSetSummary where T : class, IKeyed
    {
        public string Kind => set.Kind;
        public int Added => set.AddedCount;
        public int Skipped => set.SkippedCount;
        public void AddTo(ParleyDb db) => db.Set<T>().AddRange(set.Added);
    }

    internal List<(TDoc Doc, T Entity, string At)> Register<TDoc, T>(KeyedSet<T> set, List<TDoc>? docs, Func<TDoc, T> create)
        where T : class, IKeyed
    {
        var pending = new List<(TDoc, T, string)>();
        for (var i = 0; i < (docs?.Count ?? 0); i++)
        {
            var doc = docs![i];
            var line = _lineOf(set.Kind, i);
            var at = $"{_file}{(line is null ? "" : $":{line}")}: {set.Kind}[{i}]";
            if (doc is null)
            {
                _problems.Add(new ImportProblem(at, "is null; give a record or remove it"));
                continue;
            }
            var nulls = NullItems(doc, "").ToList();
            foreach (var field in nulls) Problem(at, field, "is null; give a value or remove it from the list");
            if (nulls.Count > 0) continue;
            var k = (string)doc.GetType().GetProperty(nameof(IKeyed.Key))!.GetValue(doc)!;
            if (!IsValidKey(k))
            {
                Problem(at, "key", $"'{k}' is not a valid key (lower-case letters, digits, '-', '.' and '_', starting with a letter or digit, at most 120 characters)");
                continue;
            }
            at += $" '{k}'";
            _current = at;
            var entity = create(doc);
            CheckLengths(entity, at);
            if (!set.TryAdd(entity, out var alreadyStored))
            {
                Problem(at, "key", $"'{k}' appears twice among {set.Kind}");
                continue;
            }
            if (!alreadyStored) pending.Add((doc, entity, at));
            else if (_replace)
            {
                pending.Add((doc, entity, at));
                _replaced.Add((entity, set.Find(k)!));
            }
        }
        return pending;
    }

    private string _current = "";

    /// <summary>
    /// The list items that are null ("citations[0]"), however deep. Nullable annotations cover fields, not list
    /// items, so JSON like "citations": [null] would otherwise reach the checks below as a part with no values.
    /// </summary>
    private static IEnumerable<string> NullItems(object doc, string prefix)
    {
        foreach (var property in doc.GetType().GetProperties())
        {
            if (property.GetValue(doc) is not System.Collections.IList list || property.PropertyType == typeof(string)) continue;
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is null) yield return $"{name}[{i}]";
                else if (list[i] is not string and { } item && item.GetType().IsClass)
                    foreach (var inner in NullItems(item, $"{name}[{i}].")) yield return inner;
            }
        }
    }

    /// <summary>
    /// Text longer than its column holds is refused here; PostgreSQL would refuse it only at saving. Also for a record's
    /// part (an entity owned by one kind only), its fields named after <paramref name="prefix"/> ("actions[0].").
    /// </summary>
    internal void CheckLengths<T>(T entity, string at, string prefix = "") where T : class
    {
        foreach (var property in _db.Model.FindEntityType(typeof(T))!.GetProperties())
            if (property.GetMaxLength() is { } max && property.PropertyInfo?.GetValue(entity) is string { Length: var length } && length > max)
                Problem(at, prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name), $"is {length:N0} characters long; at most {max:N0} are allowed");
    }

    /// <summary>A required text of the record being created; a problem when blank.</summary>
    public string Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) Problem(_current, field, "is required");
        return value ?? "";
    }

    /// <summary>A required link by key; a problem when missing or when no such record is in the document or the store.</summary>
    public T Link<T>(string? key, string at, string field) where T : class, IKeyed
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            Problem(at, field, "is required");
            return null!;
        }
        return Optional<T>(key, at, field)!;
    }

    /// <summary>An optional link by key; null for none.</summary>
    public T? Optional<T>(string? key, string at, string field) where T : class, IKeyed
    {
        if (key is null) return null;
        var found = Set<T>().Find(key);
        if (found is null) Problem(at, field, $"no {RecordKinds.Of<T>().Singular} with key '{key}' in the document or the store");
        return found;
    }

    /// <summary>Links by key, each once.</summary>
    public List<T> Links<T>(List<string>? keys, string at, string field) where T : class, IKeyed
    {
        var found = new List<T>();
        for (var i = 0; i < (keys?.Count ?? 0); i++)
        {
            var key = keys![i];
            if (found.Any(f => f.Key == key))
            {
                Problem(at, $"{field}[{i}]", $"'{key}' is listed twice");
                continue;
            }
            if (Optional<T>(key, at, $"{field}[{i}]") is { } item) found.Add(item);
        }
        return found;
    }

    internal List<Citation> Cite(List<CitationDoc>? citations, string at) =>
        (citations ?? []).Select((c, i) => (c, Source: Optional<Source>(c.Source, at, $"citations[{i}].source")))
            .Where(x => x.Source is not null)
            .Select(x => new Citation { Source = x.Source!, Locator = x.c.Locator })
            .ToList();

    /// <summary>A problem with one field of the record at <paramref name="at"/>.</summary>
    public void Problem(string at, string field, string message) => _problems.Add(ProblemAt(at, field, message));

    private static bool IsValidKey(string? key) => key is { Length: > 0 and <= 120 } && KeyPattern().IsMatch(key);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex KeyPattern();
}
