using System.CommandLine;
using Parley.Analyses;
using Parley.Analyses.Enforceability;
using Parley.Store;

namespace Parley.Features.Analyses.Enforceability;

/// <summary>`parley analyze enforceability`: how concrete and enforceable each commitment is, and which are overdue, stalled or lapsed.</summary>
public static class EnforceabilityCommand
{
    public static Command Create(CliContext cli)
    {
        var channel = new Option<string?>("--channel") { Description = "Only commitments made in this channel", HelpName = "CHANNEL" };
        var party = new Option<string?>("--party") { Description = "Only commitments of this party", HelpName = "PARTY" };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("enforceability", "Score commitments on owner, steps, deadline, indicator, verification and binding instrument; flag overdue, stalled and lapsed ones.")
        {
            channel, party, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var result = await EnforceabilityQuery.RunAsync(db, parse.GetValue(channel), parse.GetValue(party), StoreClock.Today(), ct);
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, WriteText);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, EnforceabilityResult r)
    {
        o.WriteLine($"Commitment enforceability as of {r.AsOf:yyyy-MM-dd}: {r.Commitments.Count} commitment{(r.Commitments.Count == 1 ? "" : "s")}");
        foreach (var c in r.Commitments)
        {
            o.WriteLine();
            o.WriteLine($"{c.Title} [{c.Key}]");
            o.WriteLine($"  {c.Party}; {(c.Channel ?? "no channel")}; {(c.IssueAreas.Count == 0 ? "no issue area" : string.Join(", ", c.IssueAreas))}; status {(c.Status is { } s ? Words.Of(s) : "unknown")}; instrument {Words.Of(c.Instrument)}");
            o.WriteLine($"  score {AnalyzeCommand.Percent(c.Score)} (concrete {c.Concreteness}/4, enforceable {c.Enforceability}/2)");
            if (c.Lacks.Count > 0) o.WriteLine($"  lacks: {string.Join(", ", c.Lacks.Select(Words.Of))}");
            foreach (var f in c.Flags) o.WriteLine($"  {Words.Of(f.Kind).ToUpperInvariant()}: {f.Reason}");
        }
        foreach (var group in r.RollUps.GroupBy(x => x.Dimension))
        {
            o.WriteLine();
            o.WriteLine($"By {group.Key}:");
            foreach (var x in group)
                o.WriteLine($"  {x.Name,-50} {x.Commitments,3} commitment{(x.Commitments == 1 ? " " : "s")}, average {AnalyzeCommand.Percent(x.AverageScore),4}; overdue {x.Overdue}, stalled {x.Stalled}, lapsed {x.Lapsed}");
        }
    }
}
