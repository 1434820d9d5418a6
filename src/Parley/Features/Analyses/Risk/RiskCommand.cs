using System.CommandLine;
using Parley.Analyses;
using Parley.Analyses.Risk;

namespace Parley.Features.Analyses.Risk;

/// <summary>`parley analyze risk`: risk per issue area in a year, entry points and areas turned dangerous.</summary>
public static class RiskCommand
{
    public static Command Create(CliContext cli)
    {
        var year = new Option<int?>("--year") { Description = "The year (default: this year)", HelpName = "YYYY" };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("risk", "Compute each issue area's risk and trend from dated cases and assessments; list low-risk entry points and areas that turned dangerous.")
        {
            year, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var result = await RiskQuery.RunAsync(db, parse.GetValue(year) ?? AnalyzeCommand.Today().Year, ct);
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, WriteText);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, RiskResult r)
    {
        o.WriteLine($"Issue-area risk in {r.Year} (a repressive step keeps an area high-risk for {r.WindowYears} years)");
        foreach (var a in r.Areas)
        {
            o.WriteLine();
            o.WriteLine($"{a.IssueArea} [{a.IssueAreaKey}]: {(a.Level is { } l ? Words.Of(l).ToUpperInvariant() : "unknown")} ({a.Basis}; trend {Words.Of(a.Trend)})");
            o.WriteLine($"  by year: {string.Join(", ", a.History.Select(h => $"{h.Year} {(h.Level is { } hl ? Words.Of(hl) : "-")}"))}");
            foreach (var e in a.Evidence) o.WriteLine($"  evidence: {Words.Of(e.Event)} of {e.PersonName}{(e.PersonRole is null ? "" : $", {e.PersonRole}")}, {e.Date} (case in {e.ThroughArea})");
            if (a.Assessment is { } s)
                o.WriteLine($"  assessment {s.Key} ({s.Year}, {Words.Of(s.Level)}{(s.Overrides ? ", overrides the evidence" : "")}): {s.Note}{(s.Sources.Count == 0 ? "" : $" [source: {string.Join("; ", s.Sources)}]")}");
        }
        o.WriteLine();
        o.WriteLine($"Low-risk entry points for technical assistance: {(r.EntryPoints.Count == 0 ? "none on record" : string.Join(", ", r.EntryPoints.Select(a => a.IssueArea)))}");
        o.WriteLine($"Turned dangerous: {(r.TurnedDangerous.Count == 0 ? "none" : string.Join(", ", r.TurnedDangerous.Select(a => $"{a.IssueArea} (since {a.TurnedDangerousIn})")))}");
    }
}
