using System.CommandLine;
using Parley.Features.Setup;
using Parley.Store;

namespace Parley.Features.Generate;

/// <summary>`parley generate`: fill a store with plausible synthetic records, the same ones for the same seed, to try Parley at scale.</summary>
public static class GenerateCommand
{
    public static Command Create(CliContext cli)
    {
        var recommendations = new Option<int>("--recommendations") { Description = "How many recommendations to make", HelpName = "N" };
        var cases = new Option<int>("--cases") { Description = "How many cases to make", HelpName = "M" };
        var rounds = new Option<int>("--rounds") { Description = "How many dialogue rounds to make (recommendations and cases link to them)", HelpName = "K" };
        var seed = new Option<int>("--seed") { Description = "The same seed makes the same records", DefaultValueFactory = _ => 1, HelpName = "S" };
        var command = new Command("generate", "Add synthetic rounds, recommendations and cases (all citing one 'synthetic' source) to try Parley out at scale. Creates and seeds the store when missing.");
        command.Options.Add(recommendations);
        command.Options.Add(cases);
        command.Options.Add(rounds);
        command.Options.Add(seed);
        command.SetAction(async (parse, ct) =>
        {
            var counts = new[] { parse.GetValue(rounds), parse.GetValue(recommendations), parse.GetValue(cases) };
            if (counts.Any(c => c < 0)) throw new UserError("--recommendations, --cases and --rounds must be 0 or more");
            if (counts.Sum() == 0) throw new UserError("nothing to generate: give --recommendations, --cases or --rounds");
            var location = cli.Location(parse);
            await StoreSetup.EnsureReadyAsync(location, ct);
            await using var db = ParleyStore.Open(location);
            db.Actor = $"cli:{Environment.UserName}";
            db.Origin = "generate";
            var filled = await new SyntheticFill(db, parse.GetValue(seed), CliProgress.For(cli)).RunAsync(counts[0], counts[1], counts[2], ct);
            var rate = filled.Total / Math.Max(filled.Elapsed.TotalSeconds, 0.001);
            cli.Out.WriteLine($"Generated {filled.Rounds:N0} rounds, {filled.Recommendations:N0} recommendations and {filled.Cases:N0} cases in {filled.Elapsed.TotalSeconds:F1} s ({rate:N0} records/s) into {location.Display}.");
            return 0;
        });
        return command;
    }
}
