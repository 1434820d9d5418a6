using System.CommandLine;
using Parley.Store;

namespace Parley.Features.Setup;

/// <summary>`parley init`: create the store, apply migrations, seed the bundled data set; a second run changes nothing.</summary>
public static class InitCommand
{
    public static Command Create(CliContext cli)
    {
        var with = new Option<string[]>("--with")
        {
            Description = $"Also load a public data set: '{UprDataSet.Name}' = the UPR Info recommendations of sessions 1–17 (33,000 rows, all states) from ../shared/data",
            HelpName = "DATA",
            AllowMultipleArgumentsPerToken = true,
        };
        with.AcceptOnlyFromAmong(UprDataSet.Name);
        var uprData = new Option<string?>("--upr-data")
        {
            Description = $"The folder holding the UPR Info sessions-*.csv files (default: ${UprDataSet.EnvironmentVariable}, or shared/data/upr-info-2008-2014 above the working directory)",
            HelpName = "DIR",
        };
        var command = new Command("init", "Create the store (default parley.db), apply the schema and load the bundled U.S.–Vietnam data set. Safe to run again.");
        command.Options.Add(with);
        command.Options.Add(uprData);
        command.SetAction(async (parse, ct) =>
        {
            var location = cli.Location(parse);
            // The folder is found before anything is created, so a missing one leaves no half-made store behind.
            var upr = (parse.GetValue(with) ?? []).Contains(UprDataSet.Name) ? UprDataSet.Locate(parse.GetValue(uprData)) : null;
            var outcome = await StoreSetup.EnsureReadyAsync(location, ct);
            if (!outcome.ChangedAnything)
                cli.Out.WriteLine($"{location.Display} is already initialised (schema {outcome.SchemaVersion}, {outcome.Records} records); nothing changed.");
            else
            {
                cli.Out.WriteLine(outcome.Created ? $"Created {location.Display}." : $"Opened {location.Display}.");
                if (outcome.MigrationsApplied > 0) cli.Out.WriteLine($"Applied {outcome.MigrationsApplied} migration(s); schema is now {outcome.SchemaVersion}.");
                if (outcome.RecordsSeeded > 0) cli.Out.WriteLine($"Loaded {outcome.RecordsSeeded} records from the bundled U.S.–Vietnam data set.");
            }
            if (outcome.Notice is { } notice) cli.Error.WriteLine(notice);
            if (upr is not null)
            {
                await using var db = ParleyStore.Open(location);
                db.Actor = "parley init";
                db.Origin = "import";
                var added = await UprDataSet.LoadAsync(db, upr, cli.Error, ct);
                cli.Out.WriteLine(added > 0 ? $"Loaded {added} UPR recommendations from {upr}." : $"The UPR recommendations from {upr} are already loaded; nothing added.");
            }
            return 0;
        });
        return command;
    }
}
