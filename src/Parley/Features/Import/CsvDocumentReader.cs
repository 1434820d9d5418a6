using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Features.Interchange;
using Parley.Features.Interchange.Document;

namespace Parley.Features.Import;

/// <summary>
/// Reads a CSV file of one kind into an interchange document, a row per record, so that the same checks and
/// linking as for JSON (<see cref="DocumentImporter"/>) apply. Columns are matched to fields by header name, or by
/// the mapping's column renames; each record remembers its line for the importer's problems.
/// </summary>
public static class CsvDocumentReader
{
    public sealed record Result(ParleyDocument Document, IReadOnlyList<int> Lines);

    public static Result Read(Stream stream, Encoding encoding, string file, CsvKind kind, ImportMapping? mapping, List<ImportProblem> problems, ImportProgress progress)
    {
        var records = kind.NewList();
        var lines = new List<int>();
        var result = new Result(kind.DocumentWith(records), lines);
        using var table = new CsvTable(stream, encoding, file, problems);
        if (!table.ReadHeader()) return result;

        var fields = kind.Fields.ToDictionary(CsvKind.FieldName, StringComparer.OrdinalIgnoreCase);
        var columns = new (string Field, Type Type)?[table.Header.Count];
        for (var i = 0; i < table.Header.Count; i++)
        {
            var header = table.Header[i];
            var name = mapping?.Columns.GetValueOrDefault(header) ?? header;
            if (fields.TryGetValue(name, out var field)) columns[i] = (CsvKind.FieldName(field), field.ParameterType);
            else table.Problem(table.HeaderLine, $"column '{header}'", $"not a field of {kind.Name}; the fields are: {string.Join(", ", fields.Keys)}");
        }
        var present = columns.Where(c => c is not null).Select(c => c!.Value.Field).ToHashSet(StringComparer.Ordinal);
        foreach (var required in kind.Fields.Where(f => !f.HasDefaultValue).Select(CsvKind.FieldName).Where(f => !present.Contains(f)))
            table.Problem(table.HeaderLine, $"column '{required}'", $"is required for {kind.Name} and missing from the header");
        if (problems.Count > 0) return result;

        foreach (var row in table.Rows())
        {
            progress.Report("reading", table.Progress);
            if (row.Fields.Length != columns.Length)
            {
                table.Problem(row.Line, "row", $"{row.Fields.Length} field(s) where the header has {columns.Length}");
                continue;
            }
            var json = new JsonObject();
            var ok = true;
            for (var i = 0; i < columns.Length; i++)
            {
                var (field, type) = columns[i]!.Value;
                if (string.IsNullOrWhiteSpace(row.Fields[i])) continue;
                var value = CsvCell.Read(row.Fields[i], type, out var error);
                if (error is not null)
                {
                    table.Problem(row.Line, field, error);
                    ok = false;
                }
                json[field] = value;
            }
            if (!ok) continue;
            try
            {
                records.Add(json.Deserialize(kind.RecordType, DocumentJson.Options));
                lines.Add(row.Line);
            }
            catch (JsonException e)
            {
                var field = e.Path is { Length: > 2 } p ? p.TrimStart('$', '.').Split('[', '.')[0] : "row";
                table.Problem(row.Line, field, DocumentImporter.Clean(e.Message));
            }
        }
        return result;
    }
}
