using System.CommandLine;
using Parley.Store;

namespace Parley.Features.Stats;

/// <summary>`parley stats`: a table of record counts per kind, with the unsourced ones.</summary>
public static class StatsCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("stats", "Print how many records of each kind the store holds, and how many cite no source.");
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            var counts = await StoreCounts.QueryAsync(db, ct);
            var width = counts.Max(c => c.Kind.Length);
            cli.Out.WriteLine($"{"kind".PadRight(width)}  {"records",8}  {"unsourced",9}");
            foreach (var c in counts) cli.Out.WriteLine($"{c.Kind.PadRight(width)}  {c.Count,8}  {c.Unsourced,9}");
            cli.Out.WriteLine($"{"total".PadRight(width)}  {counts.Sum(c => c.Count),8}  {counts.Sum(c => c.Unsourced),9}");
            return 0;
        });
        return command;
    }
}
