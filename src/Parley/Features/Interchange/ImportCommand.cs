using System.CommandLine;
using Parley.Store;

namespace Parley.Features.Interchange;

/// <summary>`parley import FILE`: load a Parley JSON document; every problem is listed and nothing is written unless all is well.</summary>
public static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "A Parley JSON document (as written by 'parley export'); '-' reads standard input" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report what would be added, without writing anything" };
        var command = new Command("import", "Load a Parley JSON document into the store. Records whose key is already stored are skipped.");
        command.Arguments.Add(file);
        command.Options.Add(dryRun);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            byte[] bytes;
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var copy = new MemoryStream();
                await stdin.CopyToAsync(copy, ct);
                bytes = copy.ToArray();
            }
            else
            {
                if (!File.Exists(path)) throw new UserError($"file not found: {path}");
                bytes = await File.ReadAllBytesAsync(path, ct);
            }

            // A store that does not exist yet is created with an empty schema, not seeded: the file is its content.
            var location = cli.Location(parse);
            await using var db = ParleyStore.Open(location);
            await ParleyStore.MigrateAsync(db, ct);
            db.Actor = $"cli:{Environment.UserName}";
            db.Origin = "import";
            var result = await DocumentImporter.ImportAsync(db, bytes, path == "-" ? "stdin" : path, parse.GetValue(dryRun), ct);
            return ImportReport.Write(cli, result);
        });
        return command;
    }
}
