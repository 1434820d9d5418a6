using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Parley.Tests.Support;

/// <summary>
/// Writes a small XLSX workbook as a spreadsheet program does (shared strings, dates as serial numbers with a date
/// format, rows numbered and gaps left out), so that importers are tested on real workbooks rather than on CSV.
/// </summary>
public static class Workbook
{
    /// <summary>Writes <paramref name="rows"/> onto one sheet; a null row is left empty; cells are strings, numbers or dates.</summary>
    public static void Write(string path, string sheetName, IReadOnlyList<object?[]?> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        // Style 1 is the built-in short date format (14), as a spreadsheet program stores a typed date.
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var index = new Dictionary<string, int>();
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r] is not { } cells) continue;
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < cells.Length; c++)
            {
                var reference = ColumnName(c) + (r + 1);
                switch (cells[c])
                {
                    case null: break;
                    case string text:
                        if (!index.TryGetValue(text, out var i))
                        {
                            i = index[text] = index.Count;
                            strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                        }
                        row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i) });
                        break;
                    case DateOnly date:
                        row.AppendChild(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()) });
                        break;
                    case double number:
                        row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                        break;
                    default: throw new ArgumentException($"cell {reference}: write strings, numbers or dates");
                }
            }
            data.AppendChild(row);
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);
}
