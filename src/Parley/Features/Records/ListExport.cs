using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Parley.Features.Records;

/// <summary>
/// A list's rows written as CSV or XLSX while they are read, so 33,000 recommendations are never held whole: CSV
/// straight to the response, XLSX to a temporary file first (a workbook is a zip package, written with seeks).
/// </summary>
public static class ListExport
{
    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<string>> rows, CancellationToken ct)
    {
        // The byte order mark makes spreadsheet programs read the file as UTF-8 (Vietnamese letters intact).
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(headers.ToArray());
        await foreach (var row in rows.WithCancellation(ct)) csv.WriteRecord(row.Select(NotFormula).ToArray());
        await csv.FlushAsync(ct);
    }

    /// <summary>A cell a spreadsheet would run as a formula (=, +, @ first) is kept as text by a leading apostrophe.</summary>
    private static string NotFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '@' ? "'" + text : text;

    public static async Task WriteXlsxAsync(Stream output, string sheetName, IReadOnlyList<string> headers,
        IAsyncEnumerable<IReadOnlyList<string>> rows, CancellationToken ct)
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
            {
                var workbook = document.AddWorkbookPart();
                var sheet = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(sheet))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    WriteRow(writer, headers);
                    await foreach (var row in rows.WithCancellation(ct)) WriteRow(writer, row);
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
                workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
            }
            await using var file = File.OpenRead(path);
            await file.CopyToAsync(output, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var text in cells)
        {
            // Inline strings: no shared-string table to hold in memory while the rows stream.
            writer.WriteElement(new Cell(new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }))
                { DataType = CellValues.InlineString });
        }
        writer.WriteEndElement();
    }

    /// <summary>The text without characters XML cannot carry (control characters pasted from a PDF).</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()) : text;
}
