using System.Globalization;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// The first sheet of an XLSX workbook read as rows of text with ExcelDataReader, numbered as the spreadsheet
/// numbers them (row 1 is the header). Dates become ISO dates and numbers their invariant spelling, so the readers of
/// the UN layouts check a workbook's cells exactly as they check a CSV file's fields. A file that is not a readable
/// workbook (damaged, encrypted, the old binary .xls) becomes one problem naming the file.
/// </summary>
public sealed class SheetTable : IRecordTable
{
    private readonly IExcelDataReader? _reader;
    private int _row;

    public string File { get; }
    public List<ImportProblem> Problems { get; }
    public IReadOnlyList<string> Header { get; private set; } = [];
    public int HeaderLine { get; private set; } = 1;
    public string LineName => "row";
    public double Progress => _reader is { RowCount: > 0 } reader ? (double)_row / reader.RowCount : 0;

    // ExcelDataReader asks for code page 1252 when it starts, even for XLSX, and .NET serves it only once registered.
    static SheetTable() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>True when the stream starts as a ZIP archive does, which every XLSX workbook is.</summary>
    public static bool IsWorkbook(Stream stream)
    {
        var start = stream.Position;
        Span<byte> magic = stackalloc byte[4];
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] == 3 && magic[3] == 4;
    }

    public SheetTable(Stream stream, string file, List<ImportProblem> problems)
    {
        (File, Problems) = (file, problems);
        try
        {
            _reader = ExcelReaderFactory.CreateOpenXmlReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or NotSupportedException)
        {
            problems.Add(new ImportProblem(file, $"not a readable XLSX workbook ({e.Message}); save it again as .xlsx or as CSV (UTF-8)"));
        }
    }

    public bool ReadHeader()
    {
        if (_reader is null) return false;
        while (TryRead(out var row))
        {
            if (row.Fields.All(f => f.Length == 0)) continue;
            Header = row.Fields.Select(f => f.Trim()).ToList();
            HeaderLine = row.Line;
            return true;
        }
        Problems.Add(new ImportProblem($"{File}:1", $"the first sheet{SheetName()} is empty: a header row is expected"));
        return false;
    }

    public IEnumerable<CsvRecord> Rows()
    {
        while (TryRead(out var row))
            if (row.Fields.Any(f => f.Length > 0)) yield return row;
    }

    private bool TryRead(out CsvRecord record)
    {
        record = default!;
        try
        {
            if (_reader is null || !_reader.Read()) return false;
            _row++;
            var fields = new string[_reader.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = Text(_reader.GetValue(i));
            record = new CsvRecord(_row, fields);
            return true;
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or FormatException)
        {
            Problems.Add(new ImportProblem($"{File}:{_row + 1}", $"the workbook cannot be read on from here ({e.Message})"));
            return false;
        }
    }

    private string SheetName() => _reader?.Name is { Length: > 0 } name ? $" ('{name}')" : "";

    /// <summary>A cell as the readers expect text: a date as YYYY-MM-DD (a time only when it has one), a number without grouping.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n => n.ToString("0.###############", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public void Dispose() => _reader?.Dispose();
}
