using System.CommandLine;
using Parley.Analyses.LawChanges;
using Parley.Store;

namespace Parley.Features.Analyses.LawChanges;

/// <summary>`parley analyze law-changes`: the laws and articles adopted, entering into force or ending in a period.</summary>
public static class LawChangesCommand
{
    public static Command Create(CliContext cli)
    {
        var since = new Option<string?>("--since") { Description = "The period starts after this date", HelpName = "YYYY-MM-DD" };
        var channel = new Option<string?>("--channel") { Description = "The period starts at the last round held in this channel", HelpName = "CHANNEL" };
        var until = new Option<string?>("--until") { Description = "The period ends on this date (default: today)", HelpName = "YYYY-MM-DD" };
        var party = new Option<string?>("--party") { Description = "Only this party's laws", HelpName = "PARTY" };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("law-changes", "List the laws and articles adopted, entering into force or ceasing to be in force in a period, such as since the last round.")
        {
            since, channel, until, party, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var end = AnalysisDate.Parse(parse.GetValue(until), "--until") ?? StoreClock.Today();
            var result = await LawChangesQuery.RunAsync(db, AnalysisDate.Parse(parse.GetValue(since), "--since"), parse.GetValue(channel), end, parse.GetValue(party), ct);
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, WriteText);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, LawChangesResult r)
    {
        var from = r.SinceRound is null ? $"after {r.Since:yyyy-MM-dd}" : $"since {r.SinceRound} ({r.Since:yyyy-MM-dd})";
        o.WriteLine($"Changes in the law{(r.Party is null ? "" : $" of {r.Party}")} {from} up to {r.Until:yyyy-MM-dd}: {(r.Changes.Count == 0 ? "none recorded" : r.Changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        foreach (var c in r.Changes)
            o.WriteLine($"  {c.On}: {c.Name} {c.What}{(c.Then is null ? "" : $" ({c.Then})")}");
    }
}
