using System.Text;
using Parley.Features.Interchange;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// One entry for every import, shared by `parley import` and the upload page: decides the encoding and the format
/// (unless given), then hands the file to the importer of that format. Every importer checks everything first and
/// writes nothing when anything is wrong.
/// </summary>
public static class FileImporter
{
    /// <summary>The line a problem's place names ("file.csv:12: field" → 12), to list problems in file order.</summary>
    private static int LineNumber(string place)
    {
        var match = System.Text.RegularExpressions.Regex.Match(place, @":(\d+)(:|$)");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    public static async Task<ImportResult> ImportAsync(ParleyDb db, Stream stream, ImportRequest request, ImportProgress progress, CancellationToken ct = default)
    {
        if (!stream.CanSeek) throw new ArgumentException("the import needs a seekable stream", nameof(stream));
        // A workbook is a ZIP archive, not text: it has no encoding to guess.
        var workbook = SheetTable.IsWorkbook(stream);
        var encoding = request.Encoding ?? (workbook ? Encoding.UTF8 : TextDecoding.Detect(stream));
        if (workbook) CheckWorkbook(stream, request);
        var format = request.Format ?? FormatSniffer.Sniff(stream, encoding)
            ?? (request.Kind is not null ? ImportFormat.Csv : throw new UserError(
                $"{request.FileName}: neither a Parley JSON document, a UPR Info file (header To,To-Rgrp,...), an OHCHR recommendations matrix (Recommendation, Position, ...) nor a Universal Human Rights Index export (Annotation id, Symbol, ...); for a CSV of one kind give --format csv --kind KIND ({CsvKinds.Names})"));

        switch (format)
        {
            case ImportFormat.Json:
                if (request.Update) throw new UserError("--update works with CSV files; a JSON import adds what is new and skips what is stored");
                using (var copy = new MemoryStream())
                {
                    await stream.CopyToAsync(copy, ct);
                    var bytes = copy.ToArray();
                    // The interchange format is UTF-8; a document saved as UTF-16 is turned into it first.
                    if (encoding.CodePage != Encoding.UTF8.CodePage) bytes = Encoding.UTF8.GetBytes(encoding.GetString(bytes).TrimStart('\uFEFF'));
                    return await DocumentImporter.ImportAsync(db, bytes, request.FileName, request.DryRun, ct);
                }

            case ImportFormat.UprCsv:
                var mapping = (await StoredIssueMapping.LoadAsync(db, ct)).With(request.Mapping);
                return await new UprImporter(db, mapping, progress).ImportAsync(stream, encoding, request.FileName, request.DryRun, request.Update, ct);

            case ImportFormat.UprMatrix:
            case ImportFormat.Uhri:
                return await ImportUnAsync(db, stream, encoding, workbook, format, request, progress, ct);

            default:
                if (request.Kind is null) throw new UserError($"--format csv needs --kind KIND ({CsvKinds.Names})");
                var kind = CsvKinds.Find(request.Kind) ?? throw new UserError($"unknown kind '{request.Kind}'; use one of: {CsvKinds.Names}");
                var problems = new List<ImportProblem>();
                var read = CsvDocumentReader.Read(stream, encoding, request.FileName, kind, request.Mapping, request.Update, problems, progress);
                return await ImportCsvAsync(db, kind, read, request, problems, ct);
        }
    }

    /// <summary>A workbook is read for the UN's layouts only, and must open: anything else stops here with the reason.</summary>
    private static void CheckWorkbook(Stream stream, ImportRequest request)
    {
        var problems = new List<ImportProblem>();
        var layout = FormatSniffer.SniffWorkbook(stream, request.FileName, problems);
        if (problems.Count > 0) throw new UserError(string.Join("; ", problems.Select(p => $"{p.Place}: {p.Message}")));
        if ((request.Format ?? layout) is not (ImportFormat.UprMatrix or ImportFormat.Uhri))
            throw new UserError($"{request.FileName}: an XLSX workbook is read when its first sheet holds an OHCHR recommendations matrix (Recommendation, Position, ...) or a Universal Human Rights Index export (Annotation id, Symbol, ...); save other files as CSV (UTF-8)");
    }

    /// <summary>The UN's own layouts: read into rows, then imported as UPR rows are, with the UN theme labels mapped.</summary>
    private static async Task<ImportResult> ImportUnAsync(ParleyDb db, Stream stream, Encoding encoding, bool workbook, ImportFormat format, ImportRequest request,
        ImportProgress progress, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        var name = Path.GetFileName(request.FileName);
        var matrix = format == ImportFormat.UprMatrix;
        var rows = matrix
            ? UprMatrixReader.Read(stream, encoding, request.FileName, request.UnderReview, problems, progress)
            : UhriReader.Read(stream, encoding, request.FileName, problems, progress);
        var source = new Domain.Source
        {
            Key = (matrix ? "ohchr-upr-matrix-" : "uhri-export-") + PartyNames.Slug(Path.GetFileNameWithoutExtension(request.FileName)),
            Title = matrix ? $"OHCHR UPR recommendations and positions: {name}" : $"Universal Human Rights Index export: {name}",
            Kind = Domain.SourceKind.Dataset,
            Publisher = "Office of the United Nations High Commissioner for Human Rights (OHCHR)",
            Url = matrix ? "https://www.ohchr.org/en/hr-bodies/upr/documentation" : "https://uhri.ohchr.org/",
            Note = $"Imported from {name} ({(workbook ? "XLSX workbook" : TextDecoding.Describe(encoding))}); each recommendation cites its line in the file and its place in the UN document.",
        };
        var mapping = UnLabels.Over((await StoredIssueMapping.LoadAsync(db, ct)).With(request.Mapping));
        return await new UprImporter(db, mapping, progress).ImportRowsAsync(rows, problems, source, request.DryRun, request.Update, ct);
    }

    /// <summary>
    /// A CSV of one kind: new keys are added; rows matching stored records are compared, and with update the
    /// differing ones are written over the stored records (each audited as an update), all in one transaction.
    /// The rows that did read are checked, links and all, even when others did not, so that one run lists every problem.
    /// </summary>
    private static async Task<ImportResult> ImportCsvAsync(ParleyDb db, CsvKind kind, CsvDocumentReader.Result read, ImportRequest request,
        List<ImportProblem> readProblems, CancellationToken ct)
    {
        var plan = await CsvUpdate.PlanAsync(db, kind, read, request.FileName, request.Update, ct);
        int? LineOf(string k, int i) => k == kind.Name && i < plan.Lines.Count ? plan.Lines[i] : null;
        var write = !request.DryRun && readProblems.Count == 0 && plan.Problems.Count == 0;
        if (write && request.Update) await StoredRecords.For(kind).TrackAsync(db, plan.Changes.Select(c => c.Key), ct);
        var result = await DocumentImporter.ImportAsync(db, plan.Document, request.FileName, LineOf, !write, ct, replace: request.Update);
        var changed = plan.Changes.Count;
        return result with
        {
            Problems = readProblems.Concat(plan.Problems).Concat(result.Problems).OrderBy(p => LineNumber(p.Place)).ToList(),
            Skipped = new Dictionary<string, int> { [kind.Name] = request.Update ? 0 : changed },
            Updated = new Dictionary<string, int> { [kind.Name] = request.Update ? changed : 0 },
            Unchanged = new Dictionary<string, int> { [kind.Name] = plan.Unchanged },
            Changes = plan.Changes,
            DryRun = request.DryRun,
        };
    }
}
