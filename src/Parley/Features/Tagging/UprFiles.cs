using Parley.Features.Import;
using Parley.Features.Interchange;

namespace Parley.Features.Tagging;

/// <summary>
/// Reads UPR Info files for tagging with the importer's own reader, so a file that imports also tags. For prediction
/// the header must be the UPR Info layout exactly (an unknown column is named) and every row needs its text; the
/// other columns are not checked (a new session's responses or blank sessions do not stop the labelling). Any
/// problem stops the run.
/// </summary>
public static class UprFiles
{
    /// <summary>Every row of the files, checked; any problem is one error listing the first problems with file and line.</summary>
    public static List<UprRow> Read(IEnumerable<string> paths, bool forPrediction = false)
    {
        var rows = new List<UprRow>();
        foreach (var path in paths) rows.AddRange(Read(path, forPrediction));
        return rows;
    }

    public static List<UprRow> Read(string path, bool forPrediction)
    {
        if (!File.Exists(path)) throw new UserError($"file not found: {path}");
        var file = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        var encoding = TextDecoding.Detect(stream);
        var problems = new List<ImportProblem>();
        if (forPrediction)
        {
            stream.Position = 0;
            using (var table = new CsvTable(stream, encoding, file, problems))
                if (table.ReadHeader())
                {
                    if (!UprReader.IsUprHeader(table.Header))
                        table.Problem(table.HeaderLine, "header", $"not the UPR Info layout ({UprReader.LayoutText}); found '{UprReader.Shorten(string.Join(",", table.Header))}'");
                    else if (table.Header.Select(h => h.Trim().TrimStart('\uFEFF')).Where(h => !UprReader.Layout.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList() is { Count: > 0 } unknown)
                        table.Problem(table.HeaderLine, "header", $"unknown column(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the UPR Info layout has {UprReader.LayoutText}");
                }
            stream.Position = 0;
        }
        var rows = problems.Count == 0 ? UprReader.Read(stream, encoding, file, ImportMapping.UprDefault(), problems, ImportProgress.None, textsOnly: forPrediction) : [];
        if (rows.Count == 0 && problems.Count == 0) problems.Add(new ImportProblem($"{file}:2", "no recommendation rows"));
        if (problems.Count > 0)
        {
            var shown = problems.Take(10).Select(p => p.ToString());
            throw new UserError(string.Join(Environment.NewLine, shown) + (problems.Count > 10 ? $"{Environment.NewLine}... and {problems.Count - 10} more problem(s)" : ""));
        }
        return rows;
    }
}
