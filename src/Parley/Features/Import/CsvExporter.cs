using System.Text.Json;
using CsvHelper;
using Parley.Features.Interchange;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// Writes the records of one kind as CSV: a header of field names, a row per record sorted by key, in the form
/// `parley import --format csv --kind KIND` reads back unchanged.
/// </summary>
public static class CsvExporter
{
    private static readonly JsonSerializerOptions Compact = new(DocumentJson.Options) { WriteIndented = false };

    public static async Task WriteAsync(ParleyDb db, CsvKind kind, TextWriter output, CancellationToken ct = default)
    {
        var document = await DocumentExporter.ExportAsync(db, ct);
        var fields = kind.Fields.Select(CsvKind.FieldName).ToList();
        await using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(fields.ToArray());
        foreach (var record in kind.From(document) ?? Array.Empty<object>())
        {
            var json = JsonSerializer.SerializeToElement(record, kind.RecordType, Compact);
            csv.WriteRecord(fields.Select(f => CsvCell.Write(json.TryGetProperty(f, out var value) ? value : null)).ToArray());
        }
        await csv.FlushAsync(ct);
    }
}
