using System.CommandLine;
using Parley.Analyses;
using Parley.Analyses.Cascade;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.Cascade;

/// <summary>`parley analyze cascade`: what lapses when a party leaves a framework.</summary>
public static class CascadeCommand
{
    public static Command Create(CliContext cli)
    {
        var framework = new Option<string>("--framework") { Description = "The framework left", Required = true, HelpName = "FRAMEWORK" };
        var party = new Option<string>("--party") { Description = "The party leaving it", Required = true, HelpName = "PARTY" };
        var date = new Option<string?>("--as-of", "--date")
        {
            Description = "When: only what existed on that date is used (default: the recorded withdrawal, else today)",
            HelpName = "YYYY-MM-DD",
        };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("cascade", "What-if: the commitments that lapse, directly or through other commitments, when a party leaves a framework.")
        {
            framework, party, date, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            DateOnly? when = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!PartialDate.TryParse(text, out var parsed)) throw new UserError($"--as-of (--date): '{text}' is not a date of the form YYYY-MM-DD");
                when = parsed.Earliest;
            }
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var result = await CascadeQuery.RunAsync(db, parse.GetValue(framework), parse.GetValue(party), when, StoreClock.Today(), ct);
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, WriteText);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, CascadeResult r)
    {
        o.WriteLine($"If {r.Party} leaves {r.Framework} on {r.Date:yyyy-MM-dd}{(r.WithdrawalOnRecord ? " (the recorded withdrawal)" : "")}:");
        o.WriteLine($"  {r.Framework} on that date: {r.StageText}");
        foreach (var n in r.Notes) o.WriteLine($"  note: {n}");
        o.WriteLine();
        o.WriteLine(r.NothingToAnnul ? "Nothing to annul." : r.Lapsed.Count == 0 ? "No commitment lapses." : $"{r.Lapsed.Count} commitment{(r.Lapsed.Count == 1 ? " lapses" : "s lapse")}:");
        foreach (var c in r.Lapsed)
            o.WriteLine($"  {c.Title} [{c.Key}] ({c.Party}; {string.Join(", ", c.IssueAreas)}; was {(c.StatusBefore is { } s ? Words.Of(s) : "without status")}) via {string.Join(" → ", c.Path)}");
        if (r.Spared.Count > 0)
        {
            o.WriteLine("Resting on it but not lapsing:");
            foreach (var c in r.Spared) o.WriteLine($"  {c.Title} [{c.Key}]: {c.Reason}");
        }
        if (r.LeverageLost.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Leverage lost per issue area:");
            foreach (var l in r.LeverageLost)
            {
                o.WriteLine($"  {l.IssueArea}: {l.CommitmentsLapsed} commitment{(l.CommitmentsLapsed == 1 ? "" : "s")} lapsed{(l.LeverageNote is null ? "" : $"; {l.LeverageNote}")}");
                o.WriteLine($"    levers left: {(l.RemainingLevers.Count == 0 ? "none on record" : string.Join("; ", l.RemainingLevers))}");
            }
        }
    }
}
