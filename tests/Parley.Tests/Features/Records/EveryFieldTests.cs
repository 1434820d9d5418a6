using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Parley.Domain;
using Parley.Features.Api;
using Parley.Features.Import;
using Parley.Features.Interchange;
using Parley.Features.Interchange.Document;
using Parley.Features.Records;
using Parley.Features.Search;
using Parley.Store;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>
/// Every field of every kind, read from the store's model and filled by reflection with a value of its own, survives
/// export and import, the API's create and read, a CSV file, and reaches search. A field added to an entity that one
/// of these forgets fails here, whatever the kind.
/// </summary>
public class EveryFieldTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Every_field_of_every_kind_survives_export_import_api_csv_and_reaches_search(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        using var copy = TempStore.Create(kind);
        await using var db = await OpenEmptyAsync(store);
        var filler = new Filler(db.Model);
        var full = filler.FillStore(db);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // Export → import → export: the same document, and every stored value of every record back as it was.
        var first = await DocumentExporter.ExportAsync(db);
        var json = JsonSerializer.SerializeToUtf8Bytes(first, DocumentJson.Options);
        await using var other = await OpenEmptyAsync(copy);
        var imported = await DocumentImporter.ImportAsync(other, json, "every-field.json");
        Assert.Empty(imported.Problems);
        Assert.Equal(json, JsonSerializer.SerializeToUtf8Bytes(await DocumentExporter.ExportAsync(other), DocumentJson.Options));
        foreach (var (record, values) in full) Assert.Equal(values, await filler.StoredValuesAsync(other, record));

        foreach (var api in ApiKinds.All)
        {
            var exported = ListOf(first, api).Cast<object>().ToList();
            Assert.True(exported.Count > 0, $"{api.Route}: nothing exported");
            var original = exported.Single(d => KeyOf(d).StartsWith("full-", StringComparison.Ordinal));

            // The API's create and read: a copy under another key reads back as the original, field for field.
            await ApiCopyMatchesAsync(other, api, original);

            // CSV: written and read back, each row is the record's document.
            await CsvRoundTripAsync(db, api, exported);
        }

        // Search: every text of a searchable record is in its entry.
        foreach (var (record, _) in full)
        {
            if (RecordKinds.All.Single(k => k.ClrType == record.GetType()).Search is not { } search) continue;
            var entry = await db.Set<SearchEntry>().AsNoTracking().SingleAsync(e => e.Kind == search.Kind && e.RecordKey == ((IKeyed)record).Key);
            foreach (var text in filler.Texts(record).Where(t => !search.NotSearched.Contains(t.Property)))
                Assert.True(entry.Title.Contains(text.Value, StringComparison.Ordinal) || entry.Body.Contains(text.Value, StringComparison.Ordinal),
                    $"{search.Kind}: {text.Property} ('{text.Value}') is not in its search entry");
        }
    }

    private static async Task<ParleyDb> OpenEmptyAsync(TempStore store)
    {
        var db = ParleyStore.Open(store.Location);
        await ParleyStore.MigrateAsync(db);
        return db;
    }

    private static IList ListOf(ParleyDocument document, IApiKind kind) =>
        (IList)typeof(ParleyDocument).GetProperties().Single(p => p.PropertyType == typeof(List<>).MakeGenericType(kind.DocumentType)).GetValue(document)!;

    private static string KeyOf(object doc) => (string)doc.GetType().GetProperty("Key")!.GetValue(doc)!;

    private static JsonObject Json(object doc, Type type) => JsonSerializer.SerializeToNode(doc, type, DocumentJson.Options)!.AsObject();

    private static async Task ApiCopyMatchesAsync(ParleyDb db, IApiKind kind, object original)
    {
        var sent = Json(original, kind.DocumentType);
        sent["key"] = "api-copy";
        var doc = sent.Deserialize(kind.DocumentType, DocumentJson.Options)!;
        var method = typeof(EveryFieldTests).GetMethod(nameof(CreateAndReadAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(kind.EntityType, kind.DocumentType);
        var read = await (Task<object>)method.Invoke(null, [db, doc])!;
        Assert.True(JsonNode.DeepEquals(sent, Json(read, kind.DocumentType)), $"{kind.Route}: created {sent.ToJsonString()}, read {Json(read, kind.DocumentType).ToJsonString()}");
    }

    private static async Task<object> CreateAndReadAsync<T, TDoc>(ParleyDb db, TDoc doc) where T : class, IKeyed where TDoc : class
    {
        var kind = ApiKinds.Of<T, TDoc>();
        var outcome = await RecordEdits.CreateAsync(db, kind, doc);
        Assert.True(outcome.Succeeded, $"{kind.Route}: {outcome.Message} {string.Join("; ", outcome.Errors?.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}") ?? [])}");
        var read = await kind.Export(await RecordExporter.ForFewAsync(db), db.Set<T>().Where(r => r.Key == "api-copy"), default);
        return read.Single();
    }

    private static async Task CsvRoundTripAsync(ParleyDb db, IApiKind kind, List<object> exported)
    {
        var csvKind = CsvKinds.All.Single(k => k.RecordType == kind.DocumentType);
        var text = new StringWriter();
        await CsvExporter.WriteAsync(db, csvKind, text);
        var problems = new List<ImportProblem>();
        var read = CsvDocumentReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), Encoding.UTF8, "every-field.csv", csvKind,
            null, false, problems, ImportProgress.None);
        Assert.Empty(problems);
        Assert.Equal(exported.Count, read.Rows.Count);
        for (var i = 0; i < exported.Count; i++)
        {
            var expected = WithoutNulls(Json(exported[i], kind.DocumentType));
            var row = WithoutNulls(read.Rows[i]);
            Assert.True(JsonNode.DeepEquals(expected, row), $"{kind.Route} CSV: wrote {expected.ToJsonString()}, read {row.ToJsonString()}");
        }
    }

    private static JsonObject WithoutNulls(JsonObject json)
    {
        var copy = json.DeepClone().AsObject();
        foreach (var name in copy.Where(p => p.Value is null).Select(p => p.Key).ToList()) copy.Remove(name);
        return copy;
    }

    /// <summary>
    /// Builds records from the model: per kind, a "full-" record with every property, part and link set to a value of
    /// its own, and a "plain-" one with only what is required, which the full records link to.
    /// </summary>
    private sealed class Filler(IModel model)
    {
        private int _next;
        private readonly Dictionary<Type, object> _plain = [];

        public List<(object Record, List<string> Values)> FillStore(ParleyDb db)
        {
            foreach (var kind in RecordKinds.InDocumentOrder) _plain[kind.ClrType] = New(kind.ClrType, "plain-");
            foreach (var (type, record) in _plain) LinkRequired(model.FindEntityType(type)!, record);
            var full = new List<object>();
            foreach (var kind in RecordKinds.InDocumentOrder)
            {
                var record = New(kind.ClrType, "full-");
                Fill(model.FindEntityType(kind.ClrType)!, record);
                full.Add(record);
            }
            foreach (var record in _plain.Values.Concat(full)) db.Add(record);
            return full.Select(r => (r, Values(model.FindEntityType(r.GetType())!, r))).ToList();
        }

        private object New(Type type, string prefix)
        {
            var record = Activator.CreateInstance(type)!;
            type.GetProperty(nameof(IKeyed.Key))!.SetValue(record, $"{prefix}{type.Name.ToLowerInvariant()}");
            // Only what is required: the texts, and numbers inside any range a kind checks.
            foreach (var property in model.FindEntityType(type)!.GetProperties().Where(IsOwnValue).Where(p => !p.IsNullable))
                if (property.ClrType == typeof(string)) property.PropertyInfo!.SetValue(record, Fit(property, $"{prefix}{property.Name}", ++_next));
                else if (property.ClrType == typeof(int)) property.PropertyInfo!.SetValue(record, 1);
            return record;
        }

        private static bool IsOwnValue(IProperty p) =>
            p.PropertyInfo is not null && !p.IsPrimaryKey() && !p.IsForeignKey() && p.Name != nameof(IKeyed.Key) && !p.IsShadowProperty();

        private void LinkRequired(IEntityType type, object record)
        {
            foreach (var navigation in type.GetNavigations().Where(n => !n.IsCollection && !n.ForeignKey.IsOwnership && n.ForeignKey.IsRequired))
                navigation.PropertyInfo!.SetValue(record, _plain[navigation.TargetEntityType.ClrType]);
        }

        /// <summary>Every value, part and link of <paramref name="record"/>, from the model.</summary>
        private void Fill(IEntityType type, object record)
        {
            foreach (var property in type.GetProperties().Where(IsOwnValue)) property.PropertyInfo!.SetValue(record, ValueFor(property));
            foreach (var navigation in type.GetNavigations().Where(n => n.IsOnDependent && !n.ForeignKey.IsOwnership))
                navigation.PropertyInfo!.SetValue(record, _plain[navigation.TargetEntityType.ClrType]);
            foreach (var part in type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && n.IsCollection))
            {
                var item = Activator.CreateInstance(part.TargetEntityType.ClrType)!;
                Fill(part.TargetEntityType, item);
                var list = (IList)part.PropertyInfo!.GetValue(record)!;
                list.Add(item);
            }
            foreach (var skip in type.GetSkipNavigations().Where(n => n.PropertyInfo is not null))
                ((IList)skip.PropertyInfo!.GetValue(record)!).Add(_plain[skip.TargetEntityType.ClrType]);
        }

        /// <summary>The text, or a short one of its own when the field holds fewer characters (a language code).</summary>
        private static string Fit(IProperty property, string text, int n) =>
            property.GetMaxLength() is { } max && text.Length > max ? $"v{n}"[..Math.Min(max, $"v{n}".Length)] : text;

        private object ValueFor(IProperty property)
        {
            var n = ++_next;
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type == typeof(string))
            {
                var text = Fit(property, $"{property.DeclaringType.ClrType.Name}{property.Name}{n}", n);
                // A URL field must read as one; every other text is a word of its own, found by search as typed.
                return property.Name == "Url" ? $"https://example.org/{text}" : text;
            }
            if (type == typeof(List<string>)) return new List<string> { $"first{property.Name}{n}", $"second{property.Name}{n}" };
            // Small numbers fit every range a kind checks (an action category is 1 to 5).
            if (type == typeof(int)) return n % 5 + 1;
            if (type == typeof(bool)) return true;
            if (type == typeof(PartialDate)) return new PartialDate(2000 + n % 20, n % 12 + 1, n % 28 + 1);
            if (type.IsEnum) return Enum.GetValues(type).Cast<object>().Last();
            throw new InvalidOperationException($"{property.DeclaringType.ClrType.Name}.{property.Name}: no test value for {type.Name}; teach EveryFieldTests one");
        }

        /// <summary>The record's own values, its parts' values and its links' keys, as text, for comparing stores.</summary>
        private static List<string> Values(IEntityType type, object record)
        {
            var values = type.GetProperties().Where(IsOwnValue).Select(p => $"{p.Name}={Text(p.PropertyInfo!.GetValue(record))}").ToList();
            values.AddRange(type.GetNavigations().Where(n => !n.ForeignKey.IsOwnership && n.IsOnDependent)
                .Select(n => $"{n.Name}={(n.PropertyInfo!.GetValue(record) as IKeyed)?.Key}"));
            foreach (var part in type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && n.IsCollection))
                foreach (var item in (IEnumerable)part.PropertyInfo!.GetValue(record)!)
                    values.AddRange(Values(part.TargetEntityType, item).Select(v => $"{part.Name}.{v}"));
            values.AddRange(type.GetSkipNavigations().Where(n => n.PropertyInfo is not null).Select(s =>
                $"{s.Name}={string.Join(",", ((IEnumerable)s.PropertyInfo!.GetValue(record)!).Cast<IKeyed>().Select(k => k.Key).Order())}"));
            return values;
        }

        private static string Text(object? value) => value is IEnumerable list and not string ? string.Join(",", list.Cast<object>()) : $"{value}";

        /// <summary>The same record as <paramref name="record"/> read from another store with everything it holds.</summary>
        public async Task<List<string>> StoredValuesAsync(ParleyDb db, object record)
        {
            var type = db.Model.FindEntityType(record.GetType())!;
            var method = typeof(Filler).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(record.GetType());
            var stored = await (Task<object>)method.Invoke(null, [db, ((IKeyed)record).Key])!;
            return Values(type, stored);
        }

        private static async Task<object> LoadAsync<T>(ParleyDb db, string key) where T : class, IKeyed
        {
            var query = db.Set<T>().AsNoTracking();
            var type = db.Model.FindEntityType(typeof(T))!;
            foreach (var navigation in type.GetNavigations().Where(n => n.IsOnDependent || n.ForeignKey.IsOwnership))
            {
                query = query.Include(navigation.Name);
                if (!navigation.ForeignKey.IsOwnership) continue;
                foreach (var inner in navigation.TargetEntityType.GetNavigations().Where(n => n.IsOnDependent && !n.ForeignKey.IsOwnership))
                    query = query.Include(navigation.Name + "." + inner.Name);
            }
            foreach (var skip in type.GetSkipNavigations().Where(n => n.PropertyInfo is not null)) query = query.Include(skip.Name);
            return await query.AsSplitQuery().SingleAsync(r => r.Key == key);
        }

        /// <summary>The texts of the record's own fields (not its parts or links): what search should find it by.</summary>
        public IEnumerable<(string Property, string Value)> Texts(object record) =>
            model.FindEntityType(record.GetType())!.GetProperties().Where(IsOwnValue)
                .SelectMany(p => p.PropertyInfo!.GetValue(record) switch
                {
                    string s => [(p.Name, s)],
                    List<string> list => list.Select(s => (p.Name, s)),
                    _ => [],
                });
    }
}
