using System.CommandLine;
using Parley.Store;

namespace Parley.Features.Migrate;

/// <summary>`parley migrate --from FILE --to CONNECTION`: copy a whole store into an empty one, typically SQLite to PostgreSQL.</summary>
public static class MigrateCommand
{
    public static Command Create(CliContext cli)
    {
        var from = new Option<string>("--from") { Description = "The store to copy: a SQLite file (or a connection string)", HelpName = "PATH|CONNECTION", Required = true };
        var to = new Option<string>("--to") { Description = "The store to fill: a PostgreSQL connection string or postgres:// URL (or a SQLite file); it must be empty", HelpName = "CONNECTION|PATH", Required = true };
        var command = new Command("migrate", "Copy every record and the audit trail from one store into an empty one (e.g. SQLite to PostgreSQL), then check that both export the same.");
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(async (parse, ct) =>
        {
            var source = StoreLocation.Parse(parse.GetValue(from)!);
            var target = StoreLocation.Parse(parse.GetValue(to)!);
            var copied = await StoreCopier.CopyAsync(source, target, ct);
            cli.Out.WriteLine($"Copied {copied.Records:N0} records and {copied.AuditEntries:N0} audit entries from {source.Display} to {target.Display}.");
            cli.Out.WriteLine($"Checked: both stores export the same {copied.ExportBytes:N0} bytes.");
            return 0;
        });
        return command;
    }
}
