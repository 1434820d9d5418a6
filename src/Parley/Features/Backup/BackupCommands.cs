using System.CommandLine;

namespace Parley.Features.Backup;

/// <summary>`parley backup --out FILE` and `parley restore FILE`.</summary>
public static class BackupCommands
{
    public static Command Backup(CliContext cli)
    {
        var output = new Option<string>("--out", "-o") { Description = "Where to write the backup", Required = true, HelpName = "FILE" };
        var command = new Command("backup", "Make a consistent copy of the store, safe while 'parley serve' runs (SQLite: online backup; PostgreSQL: JSON export), with a manifest beside it (FILE.manifest.json: SHA-256, schema, time, records per kind), signed when PARLEY_BACKUP_SECRET is set.");
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            cli.Out.WriteLine(await StoreBackup.BackupAsync(cli.Location(parse), parse.GetValue(output)!, BackupSecret.FromConfiguration(), ct));
            return 0;
        });
        return command;
    }

    public static Command Restore(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "A backup made by 'parley backup'" };
        var command = new Command("restore", "Check a backup against its manifest and bring its records back into the store (--db); accounts, tokens and the audit trail stay as they are. A damaged or changed backup is refused and the store left as it was.");
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            cli.Out.WriteLine(await StoreBackup.RestoreAsync(parse.GetValue(file)!, cli.Location(parse), BackupSecret.FromConfiguration(), ct));
            return 0;
        });
        return command;
    }
}
