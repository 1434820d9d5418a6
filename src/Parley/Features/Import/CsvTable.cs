using System.Text;
using CsvHelper;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// Reads a CSV file row by row with CsvHelper, whatever its line endings (LF, CRLF or a bare CR), and gives each
/// row the line it starts on. Broken quoting, a line or record past the cap, binary data and bytes outside the
/// encoding become problems naming file and line; reading stops at the first one that makes the rest unreadable.
/// </summary>
public sealed class CsvTable : IRecordTable
{
    /// <summary>No real record has a line this long; a longer one is refused before it fills memory.</summary>
    public const int MaxLineLength = 1024 * 1024;

    private readonly Stream _stream;
    private readonly CappedTextReader _text;
    private readonly CsvReader _reader;

    public string File { get; }
    public List<ImportProblem> Problems { get; }
    public IReadOnlyList<string> Header { get; private set; } = [];
    public string LineName => "line";
    public int HeaderLine { get; private set; } = 1;

    /// <summary>How far through the file reading is, 0 to 1 (for progress on large files).</summary>
    public double Progress => _stream.CanSeek && _stream.Length > 0 ? (double)_stream.Position / _stream.Length : 0;

    public CsvTable(Stream stream, Encoding encoding, string file, List<ImportProblem> problems, int maxLineLength = MaxLineLength)
    {
        (_stream, File, Problems) = (stream, file, problems);
        _text = new CappedTextReader(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true), maxLineLength);
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            // UTF-8 can take four bytes a character; a record of capped lines may span several of them.
            MaxRecordSize = maxLineLength * 4,
            OnMalformedRecord = record => this.Problem((int)record.LineNumber, "quoting", Describe(record.Reason)),
        };
        _reader = CsvReader.Create(_text, options, leaveOpen: true);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "broken quoting: a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "broken quoting: text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "broken quoting: a quoted field opened here is never closed (it runs to the end of the file)",
        CsvMalformedReason.LineBreakInQuotes => "broken quoting: a line break inside a quoted field",
        _ => $"malformed record ({reason})",
    };

    /// <summary>Reads the header row; false (with a problem) when the file holds no row at all or cannot be read.</summary>
    public bool ReadHeader()
    {
        var before = Problems.Count;
        if (!TryRead(out var header))
        {
            if (Problems.Count == before) Problems.Add(new ImportProblem($"{File}:1", "the file is empty: a header row is expected"));
            return false;
        }
        // A byte order mark read as text is not part of the first name.
        Header = header.Fields.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF', 'ï', '»', '¿') : h).Trim()).ToList();
        HeaderLine = header.Line;
        return true;
    }

    /// <summary>The data rows; stops early (with a problem) on input that cannot be read on.</summary>
    public IEnumerable<CsvRecord> Rows()
    {
        while (TryRead(out var row)) yield return row;
    }

    private bool TryRead(out CsvRecord record)
    {
        record = default!;
        try
        {
            if (!_reader.Read()) return false;
            var fields = new string[_reader.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = _reader.GetString(i) ?? "";
            record = new CsvRecord((int)_reader.LineNumber, fields);
            return true;
        }
        catch (Exception e) when (Unreadable(e) is { } unreadable)
        {
            Problems.Add(new ImportProblem($"{File}:{unreadable.Line}", unreadable.Message));
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : _text.Line;
            Problems.Add(new ImportProblem($"{File}:{line}", $"a record longer than {_text.MaxLineLength:N0} characters (an unclosed quote swallows the rest of a file this way); reading stopped there ({e.Message})"));
        }
        return false;
    }

    private static UnreadableInput? Unreadable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is UnreadableInput u) return u;
        return null;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
    }
}
