using System.CommandLine;
using Parley.Analyses;
using Parley.Analyses.Cascade;

namespace Parley.Features.Analyses.Cascade;

/// <summary>`parley analyze leverage`: the frameworks that give leverage on an issue area.</summary>
public static class LeverageCommand
{
    public static Command Create(CliContext cli)
    {
        var area = new Option<string>("--issue-area") { Description = "The issue area", Required = true, HelpName = "AREA" };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("leverage", "List the frameworks that give leverage on an issue area, those still holding first.") { area, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var result = await CascadeQuery.LeverageAsync(db, parse.GetValue(area), ct);
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, WriteText);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, LeverageResult r)
    {
        o.WriteLine($"Leverage on {r.IssueArea}: {r.Levers.Count} framework{(r.Levers.Count == 1 ? "" : "s")}");
        foreach (var l in r.Levers)
        {
            o.WriteLine();
            o.WriteLine($"{l.Name} [{l.Key}] ({Words.Of(l.Kind)}; {(l.Active ? "holding" : "weakened: " + string.Join("; ", l.Withdrawals))})");
            o.WriteLine($"  reach: {l.Reach}{(l.Note is null ? "" : $"; {l.Note}")}");
            o.WriteLine($"  members: {(l.Members.Count == 0 ? "none on record" : string.Join(", ", l.Members))}");
            if (l.Commitments.Count > 0) o.WriteLine($"  commitments resting on it: {string.Join(", ", l.Commitments)}");
        }
    }
}
