using System.CommandLine;
using Parley.Features.Import;
using Parley.Store;

namespace Parley.Features.Interchange;

/// <summary>
/// `parley import FILE`: load a Parley JSON document, a UPR Info file or a CSV of one kind; every problem is listed
/// with file, line and field, and nothing is written unless all is well.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The file: a Parley JSON document, a UPR Info CSV, or a CSV of one kind; '-' reads standard input" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report what would be added, without writing anything" };
        var format = new Option<string?>("--format") { Description = "json, upr-csv, upr-matrix (OHCHR), uhri (Universal Human Rights Index) or csv (default: told from the file)", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("json", "upr-csv", "upr-matrix", "uhri", "csv");
        var underReview = new Option<string?>("--under-review") { Description = "For an OHCHR matrix without a 'State under review' column: the state its recommendations are addressed to", HelpName = "STATE" };
        var kind = new Option<string?>("--kind") { Description = $"The kind of record a CSV holds: {CsvKinds.Names}", HelpName = "KIND" };
        var update = new Option<bool>("--update") { Description = "Update stored records the file matches by key (UPR files and CSVs of one kind) with the file's values, instead of leaving them as they are" };
        var mapping = new Option<string?>("--mapping") { Description = "A JSON mapping: column renames {\"columns\": {...}} and, for UPR files, issue labels to issue areas {\"issues\": {...}}", HelpName = "MAPPING.json" };
        var encoding = new Option<string?>("--encoding") { Description = $"The file's encoding: {string.Join(", ", TextDecoding.Names)} (default: detected)", HelpName = "NAME" };
        var command = new Command("import", "Load a file into the store: a Parley JSON document, a UPR Info recommendations file, or a CSV of one kind. Records already stored are skipped.");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { format, kind, dryRun, update, mapping, encoding, underReview }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var request = new ImportRequest(
                path == "-" ? "stdin" : path,
                parse.GetValue(format) switch { "json" => ImportFormat.Json, "upr-csv" => ImportFormat.UprCsv, "upr-matrix" => ImportFormat.UprMatrix, "uhri" => ImportFormat.Uhri, "csv" => ImportFormat.Csv, _ => null },
                parse.GetValue(kind),
                parse.GetValue(dryRun),
                parse.GetValue(update),
                parse.GetValue(mapping) is { } m ? ImportMapping.Read(m) : null,
                parse.GetValue(encoding) is { } e ? TextDecoding.Named(e) ?? throw new UserError($"unknown encoding '{e}'; use one of: {string.Join(", ", TextDecoding.Names)}") : null)
            {
                UnderReview = parse.GetValue(underReview),
            };

            await using var stream = await OpenAsync(path, ct);

            // A store that does not exist yet is created with an empty schema, not seeded: the file is its content.
            // A dry run creates nothing: it checks the file against an empty scratch store instead.
            var location = cli.Location(parse);
            await using var scratch = request.DryRun && await ParleyStore.IsMissingAsync(location, ct) ? new ScratchStore() : null;
            if (scratch is not null) cli.Error.WriteLine($"note: no store at {location.Display}; the file is checked as for a new, empty store, and none is created.");
            await using var db = ParleyStore.Open(scratch?.Location ?? location);
            await ParleyStore.MigrateAsync(db, ct);
            db.Actor = $"cli:{Environment.UserName}";
            db.Origin = "import";
            var large = stream.Length > 1024 * 1024;
            var result = await FileImporter.ImportAsync(db, stream, request, large ? new ImportProgress(cli.Error) : ImportProgress.None, ct);
            return ImportReport.Write(cli, result);
        });
        return command;
    }

    /// <summary>The file as a seekable stream (standard input is copied first, since the format is told from its start).</summary>
    private static async Task<Stream> OpenAsync(string path, CancellationToken ct)
    {
        var limit = InputLimits.Current.ImportFileBytes;
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            var copy = new MemoryStream();
            var buffer = new byte[81920];
            for (int read; (read = await stdin.ReadAsync(buffer, ct)) > 0;)
            {
                if (copy.Length + read > limit) throw TooLarge("standard input", limit);
                copy.Write(buffer, 0, read);
            }
            copy.Position = 0;
            return copy;
        }
        if (!File.Exists(path)) throw new UserError($"file not found: {path}");
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        if (stream.Length <= limit) return stream;
        await stream.DisposeAsync();
        throw TooLarge(path, limit);
    }

    private static UserError TooLarge(string file, long limit) =>
        new($"{file}: larger than {InputLimits.Size(limit)}, the most one import takes; split the file, or raise {InputLimits.ImportFileBytesVariable}");
}
