using System.CommandLine;
using Parley.Analyses;
using Parley.Analyses.Risk;
using Parley.Store;

namespace Parley.Features.Analyses.Risk;

/// <summary>`parley analyze risk`: risk per issue area in a year, entry points and areas turned dangerous.</summary>
public static class RiskCommand
{
    public static Command Create(CliContext cli)
    {
        var year = new Option<int?>("--year") { Description = "The year (default: this year)", HelpName = "YYYY" };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("risk", "Compute each issue area's risk from dated evidence (cases, restrictive laws, positive steps) with stated weights and decay; assessments adjust it; list low-risk entry points with programmes.")
        {
            year, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var result = await RiskQuery.RunAsync(db, parse.GetValue(year) ?? StoreClock.Today().Year, ct);
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, WriteText);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, RiskResult r)
    {
        var w = r.Weights;
        o.WriteLine($"Issue-area risk in {r.Year}, from dated evidence (half-life {w.HalfLifeYears:0.#} years; high at a score of {w.High:0.#}, medium at {w.Medium:0.#})");
        o.WriteLine($"Weights: arrest {w.Arrest:+0.#;-0.#}, charge {w.Charge:+0.#;-0.#}, trial {w.Trial:+0.#;-0.#}, sentence {w.Sentence:+0.#;-0.#}, "
            + $"provision applied {w.ProvisionApplied:+0.#;-0.#}, restrictive instrument in force {w.RestrictiveInstrument:+0.#;-0.#}, "
            + $"release {w.Release:+0.#;-0.#}, reform {w.Reform:+0.#;-0.#}");
        foreach (var a in r.Areas)
        {
            o.WriteLine();
            o.WriteLine($"{a.IssueArea} [{a.IssueAreaKey}]: {(a.Level is { } l ? Words.Of(l).ToUpperInvariant() : "unknown")} ({a.Basis}; trend {Words.Of(a.Trend)})");
            o.WriteLine($"  by year: {string.Join(", ", a.History.Select(h => $"{h.Year} {(h.Level is { } hl ? Words.Of(hl) : "-")}"))}");
            foreach (var e in a.Evidence)
                o.WriteLine($"  evidence ({e.Kind}, {e.Date}, weight {e.Weight:+0.#;-0.#}, counts {e.Counts:+0.##;-0.##}): {e.Description}{(e.ThroughArea == a.IssueArea ? "" : $" (in {e.ThroughArea})")}");
            if (a.Assessment is { } s)
                o.WriteLine($"  analyst's assessment {s.Key} ({s.Year}, {Words.Of(s.Level)}{(s.Overrides ? ", replaces the computed level" : ", an opinion that adjusts the computed level")}): {s.Note}{(s.Sources.Count == 0 ? " [unsourced]" : $" [source: {string.Join("; ", s.Sources)}]")}");
            if (a.Programmes.Count > 0) o.WriteLine($"  programmes: {string.Join("; ", a.Programmes)}");
        }
        o.WriteLine();
        o.WriteLine($"Low-risk entry points for technical assistance (low risk, a programme working there): {(r.EntryPoints.Count == 0 ? "none on record" : string.Join(", ", r.EntryPoints.Select(a => $"{a.IssueArea} ({string.Join("; ", a.Programmes)})")))}");
        o.WriteLine($"Also low risk, no programme yet: {(r.LowRiskWithoutProgramme.Count == 0 ? "none" : string.Join(", ", r.LowRiskWithoutProgramme.Select(a => a.IssueArea)))}");
        o.WriteLine($"Turned dangerous on their own evidence: {(r.TurnedDangerous.Count == 0 ? "none" : string.Join(", ", r.TurnedDangerous.Select(a => $"{a.IssueArea} (since {a.TurnedDangerousIn})")))}");
    }
}
