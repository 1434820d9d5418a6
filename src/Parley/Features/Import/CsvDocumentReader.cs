using System.Text;
using System.Text.Json.Nodes;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// Reads a CSV file of one kind into rows of interchange fields (<see cref="CsvUpdate"/> turns them into records, so
/// that the same checks and linking as for JSON apply). Columns are matched to fields by header name, or by the
/// mapping's column renames; each row remembers its line for the importer's problems.
/// </summary>
public static class CsvDocumentReader
{
    /// <summary>The rows as JSON objects of the kind's fields, the line of each, and the fields the file has a column for.</summary>
    public sealed record Result(IReadOnlyList<JsonObject> Rows, IReadOnlyList<int> Lines, IReadOnlySet<string> Columns);

    /// <summary>
    /// With <paramref name="partial"/> (an update), a required field may lack a column: rows matching stored records
    /// keep the stored value, and a new row without it is a problem at its line.
    /// </summary>
    public static Result Read(Stream stream, Encoding encoding, string file, CsvKind kind, ImportMapping? mapping, bool partial, List<ImportProblem> problems, ImportProgress progress)
    {
        var rows = new List<JsonObject>();
        var lines = new List<int>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var result = new Result(rows, lines, present);
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
        present.UnionWith(columns.Where(c => c is not null).Select(c => c!.Value.Field));
        foreach (var required in kind.Fields.Where(f => !partial || CsvKind.FieldName(f) == "key").Where(f => !f.HasDefaultValue).Select(CsvKind.FieldName).Where(f => !present.Contains(f)))
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
            rows.Add(json);
            lines.Add(row.Line);
        }
        return result;
    }
}
