using System.CommandLine;

namespace Parley.Features.Setup;

/// <summary>`parley init`: create the store, apply migrations, seed the bundled data set; a second run changes nothing.</summary>
public static class InitCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("init", "Create the store (default parley.db), apply the schema and load the bundled U.S.–Vietnam data set. Safe to run again.");
        command.SetAction(async (parse, ct) =>
        {
            var location = cli.Location(parse);
            var outcome = await StoreSetup.EnsureReadyAsync(location, ct);
            if (!outcome.ChangedAnything)
            {
                cli.Out.WriteLine($"{location.Display} is already initialised (schema {outcome.SchemaVersion}, {outcome.Records} records); nothing changed.");
                return 0;
            }
            cli.Out.WriteLine(outcome.Created ? $"Created {location.Display}." : $"Opened {location.Display}.");
            if (outcome.MigrationsApplied > 0) cli.Out.WriteLine($"Applied {outcome.MigrationsApplied} migration(s); schema is now {outcome.SchemaVersion}.");
            if (outcome.RecordsSeeded > 0) cli.Out.WriteLine($"Loaded {outcome.RecordsSeeded} records from the bundled U.S.–Vietnam data set.");
            return 0;
        });
        return command;
    }
}
