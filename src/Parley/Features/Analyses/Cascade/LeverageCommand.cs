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
        var asOf = new Option<string?>("--as-of") { Description = "Read each framework's stage on this date (default: every event on record)", HelpName = "YYYY-MM-DD" };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("leverage", "List the frameworks that give leverage on an issue area: in force, pending (proposed, negotiated, signed) and lost.")
        {
            area, asOf, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var date = AnalysisDate.Parse(parse.GetValue(asOf), "--as-of");
            var result = await CascadeQuery.LeverageAsync(db, parse.GetValue(area), ct, date);
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, WriteText);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, LeverageResult r)
    {
        o.WriteLine($"Leverage on {r.IssueArea}{(r.AsOf is { } at ? $" as of {at:yyyy-MM-dd}" : "")}: {r.Levers.Count} framework{(r.Levers.Count == 1 ? "" : "s")}");
        foreach (var (label, levers) in new[]
                 {
                     ("In force", r.InForce), ("Pending (proposed, negotiated or signed, not in force)", r.Pending),
                     ("Lost (withdrawn or never in force)", r.Lost), ("Status not on record", r.NotOnRecord),
                 })
        {
            if (levers.Count == 0) continue;
            o.WriteLine();
            o.WriteLine($"{label}:");
            foreach (var l in levers)
            {
                o.WriteLine($"  {l.Name} [{l.Key}] ({Words.Of(l.Kind)}; {l.Status}{(l.Withdrawals.Count == 0 ? "" : "; " + string.Join("; ", l.Withdrawals))})");
                o.WriteLine($"    reach: {l.Reach}{(l.Note is null ? "" : $"; {l.Note}")}");
                o.WriteLine($"    members: {(l.Members.Count == 0 ? "none on record" : string.Join(", ", l.Members))}");
                if (l.Commitments.Count > 0) o.WriteLine($"    commitments resting on it: {string.Join(", ", l.Commitments)}");
            }
        }
    }
}
