using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>Problems with one field of one row, named the same way whether a CSV file or a workbook holds the table.</summary>
public static class RecordTableProblems
{
    /// <summary>Adds "file:line: field", then what is wrong, to the table's problems.</summary>
    public static void Problem(this IRecordTable table, int line, string field, string message) =>
        table.Problems.Add(new ImportProblem($"{table.File}:{line}: {field}", message));
}
