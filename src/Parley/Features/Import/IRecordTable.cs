using System.Text;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// Rows of named columns read from a file, whatever holds them (a CSV file or the first sheet of an XLSX workbook),
/// each with the number a user finds it by: the line of a CSV file, the row of a sheet. Problems name that number.
/// </summary>
public interface IRecordTable : IDisposable
{
    IReadOnlyList<string> Header { get; }
    int HeaderLine { get; }
    /// <summary>How far through the file reading is, 0 to 1.</summary>
    double Progress { get; }
    /// <summary>What the numbers of <see cref="CsvRecord.Line"/> count: "line" in a text file, "row" in a sheet.</summary>
    string LineName { get; }

    /// <summary>Reads the header row; false (with a problem) when there is none.</summary>
    bool ReadHeader();
    IEnumerable<CsvRecord> Rows();

    /// <summary>The file's name as problems give it.</summary>
    string File { get; }
    /// <summary>Where the problems found while reading go (<see cref="RecordTableProblems.Problem"/> adds one).</summary>
    List<ImportProblem> Problems { get; }

    /// <summary>
    /// Where each known column is: <paramref name="aliases"/> maps a header spelling to the column's one name; the first
    /// column of a name wins, and headers it does not know are left out.
    /// </summary>
    Dictionary<string, int> ColumnsBy(IReadOnlyDictionary<string, string> aliases)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < Header.Count; i++)
            if (aliases.TryGetValue(Header[i], out var name)) columns.TryAdd(name, i);
        return columns;
    }

    /// <summary>The table in a file: a workbook's first sheet when the bytes are an XLSX (ZIP) file, otherwise CSV text.</summary>
    static IRecordTable Open(Stream stream, Encoding encoding, string file, List<ImportProblem> problems) =>
        SheetTable.IsWorkbook(stream) ? new SheetTable(stream, file, problems) : new CsvTable(stream, encoding, file, problems);
}
