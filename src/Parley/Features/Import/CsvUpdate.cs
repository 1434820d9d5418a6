using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Features.Interchange;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// Turns a CSV file's rows into records and matches them with stored records by key. A row with a new key is
/// added; a matched row is laid over the stored record (fields without a column keep their stored values) and
/// compared field by field; with update, a row that differs replaces the stored values of those fields.
/// </summary>
public static class CsvUpdate
{
    /// <summary>The records to hand to the importer (new ones, and with update the changed ones), each with its line.</summary>
    public sealed record Plan(ParleyDocument Document, IReadOnlyList<int> Lines, IReadOnlyList<RecordChange> Changes, int Unchanged,
        IReadOnlyList<ImportProblem> Problems);

    public static async Task<Plan> PlanAsync(ParleyDb db, CsvKind kind, CsvDocumentReader.Result read, string file, bool update, CancellationToken ct)
    {
        var keys = read.Rows.Select(KeyOf).OfType<string>().Distinct(StringComparer.Ordinal);
        var stored = (await StoredRecords.For(kind).DocumentsAsync(db, keys, ct))
            .Select(d => Json(kind, d)).ToDictionary(d => KeyOf(d)!, StringComparer.Ordinal);
        var columns = kind.Fields.Select(CsvKind.FieldName).Where(f => f != "key" && read.Columns.Contains(f)).ToList();

        var records = kind.NewList();
        var lines = new List<int>();
        var changes = new List<RecordChange>();
        var problems = new List<ImportProblem>();
        var matchedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var unchanged = 0;
        for (var i = 0; i < read.Rows.Count; i++)
        {
            var (row, line) = (read.Rows[i], read.Lines[i]);
            var key = KeyOf(row);
            if (key is null || !stored.TryGetValue(key, out var current))
            {
                if (Record(kind, row, file, line, problems) is { } added)
                {
                    records.Add(added);
                    lines.Add(line);
                }
                continue;
            }
            if (!matchedAt.TryAdd(key, line))
            {
                problems.Add(new ImportProblem($"{file}:{line}: key", $"'{key}' appears twice in the file (also on line {matchedAt[key]})"));
                continue;
            }
            var merged = current.DeepClone().AsObject();
            foreach (var field in columns)
            {
                if (row[field] is { } value) merged[field] = value.DeepClone();
                else merged.Remove(field);
            }
            if (Record(kind, merged, file, line, problems) is not { } record) continue;
            var written = Json(kind, record);
            var fields = columns.Where(f => !Same(current[f], written[f])).ToList();
            if (fields.Count == 0)
            {
                unchanged++;
                continue;
            }
            changes.Add(new RecordChange(kind.Name, key, line, fields));
            if (!update) continue;
            records.Add(record);
            lines.Add(line);
        }
        return new Plan(kind.DocumentWith(records), lines, changes, unchanged, problems);
    }

    private static JsonObject Json(CsvKind kind, object record) => JsonSerializer.SerializeToNode(record, kind.RecordType, DocumentJson.Options)!.AsObject();

    /// <summary>The row as a record of the kind; null, with a problem at its line, when a field has the wrong form or a required one is missing.</summary>
    private static object? Record(CsvKind kind, JsonObject json, string file, int line, List<ImportProblem> problems)
    {
        try
        {
            return json.Deserialize(kind.RecordType, DocumentJson.Options);
        }
        catch (JsonException e)
        {
            var (field, message) = DocumentImporter.Describe(e);
            problems.Add(new ImportProblem($"{file}:{line}: {(field.Length > 0 ? field.Split('[', '.')[0] : "row")}", message));
            return null;
        }
    }

    private static string? KeyOf(JsonObject record) => record["key"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>An empty cell, an empty list and a missing field all mean "nothing", whichever way the record was written.</summary>
    private static bool Same(JsonNode? stored, JsonNode? file) => JsonNode.DeepEquals(Nothing(stored), Nothing(file));

    private static JsonNode? Nothing(JsonNode? value) => value switch
    {
        JsonArray { Count: 0 } => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0 => null,
        _ => value,
    };
}
