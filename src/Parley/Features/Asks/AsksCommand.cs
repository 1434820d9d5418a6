using System.CommandLine;
using Parley.Analyses;
using Parley.Analyses.Asks;
using Parley.Domain;
using Parley.Features.Analyses;
using Parley.Store;

namespace Parley.Features.Asks;

/// <summary>`parley asks --round ROUND`: the ranked asks for a round being prepared, with owner, deadline, indicator, lever, risk and evidence.</summary>
public static class AsksCommand
{
    public static Command Create(CliContext cli)
    {
        var round = new Option<string>("--round") { Description = "The round being prepared, by key or part of its title", Required = true, HelpName = "ROUND" };
        var date = new Option<string?>("--date") { Description = "Prepare as of this date, YYYY-MM-DD (default: the round's date if later, else today)", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "The party the asks are addressed to (default: the channel's party whose institutions hold powers)", HelpName = "PARTY" };
        var top = new Option<int?>("--top") { Description = "Show only the N best asks", HelpName = "N" };
        var json = AnalyzeCommand.JsonOption();
        var accept = new Option<string?>("--accept") { Description = "Accept this ask (by its key, e.g. invite:vn-mps): it goes on the round's agenda", HelpName = "ASK" };
        var drop = new Option<string?>("--drop") { Description = "Drop this ask (and take it off the round's agenda if it was accepted)", HelpName = "ASK" };
        var action = new Option<string?>("--action") { Description = "With --accept: the action in your words", HelpName = "TEXT" };
        var deadline = new Option<string?>("--deadline") { Description = "With --accept: another deadline, YYYY[-MM[-DD]]", HelpName = "DATE" };
        var indicator = new Option<string?>("--indicator") { Description = "With --accept: another indicator", HelpName = "TEXT" };
        var institution = new Option<string?>("--institution") { Description = "With --accept: another institution to own it", HelpName = "INSTITUTION" };
        var record = new Option<bool>("--record-commitments") { Description = "The round is held: record its accepted asks as commitments" };
        var command = new Command("asks", "Propose ranked asks for a round: the action, the institution that can do it, a deadline, an indicator, the lever and the evidence; accept, edit or drop them.")
        {
            round, date, to, top, json, accept, drop, action, deadline, indicator, institution, record,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            if (parse.GetValue(accept) is not null || parse.GetValue(drop) is not null)
            {
                var dropped = parse.GetValue(drop);
                if (parse.GetValue(accept) is not null && dropped is not null) throw new UserError("give --accept or --drop, not both");
                var decided = await AskDecisions.DecideAsync(db, parse.GetValue(round)!, parse.GetValue(accept) ?? dropped!, dropped is null,
                    new AskDecisions.Edits(parse.GetValue(action), parse.GetValue(deadline), parse.GetValue(indicator), parse.GetValue(institution)),
                    StoreClock.Today(), ct);
                cli.Out.WriteLine(decided.Accepted ? $"Accepted {decided.AskKey}: {decided.Action} (by {decided.Deadline}); it is on the agenda." : $"Dropped {decided.AskKey}.");
                return 0;
            }
            if (parse.GetValue(record))
            {
                var made = await AskDecisions.RecordCommitmentsAsync(db, parse.GetValue(round)!, StoreClock.Today(), ct);
                cli.Out.WriteLine(made.Count == 0 ? "No accepted ask is left to record." : $"Recorded {made.Count} commitment(s): {string.Join(", ", made.Select(c => c.Key))}.");
                return 0;
            }
            var on = parse.GetValue(date) is { } text
                ? PartialDate.TryParse(text, out var d) ? d.Earliest : throw new UserError($"--date: '{text}' is not a date of the form YYYY-MM-DD")
                : (DateOnly?)null;
            var result = await AsksQuery.RunAsync(db, parse.GetValue(round), StoreClock.Today(), on, parse.GetValue(to), ct);
            if (parse.GetValue(top) is { } n)
                result = n < 1 ? throw new UserError("--top: give a number of asks of 1 or more") : result with { Asks = result.Asks.Take(n).ToList() };
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, WriteText);
            return 0;
        });
        return command;
    }

    public static void WriteText(TextWriter o, AsksResult r)
    {
        o.WriteLine(r.Summary);
        o.WriteLine($"Score = {r.Weights.EvidenceShare * 100:0} × evidence + {r.Weights.LeverageShare * 100:0} × leverage + {r.Weights.LowRiskShare * 100:0} × low risk + {r.Weights.FeasibilityShare * 100:0} × feasibility (each part 0–1).");
        foreach (var a in r.Asks)
        {
            o.WriteLine();
            o.WriteLine($"#{a.Rank} {a.Action} [{a.Key}]");
            o.WriteLine($"  score {a.Score.Total:0.0}: {a.Score.Explain(r.Weights)}");
            o.WriteLine($"  who: {a.Institution.Name}{(a.Institution.Power is { } p ? $" ({Words.Of(p)})" : "")}, {(a.Institution.AtTable ? "at the table" : "not at the table")}: {a.Institution.Why}");
            foreach (var also in a.AlsoNeeded) o.WriteLine($"  also: {also.Name} ({also.Why}; {(also.AtTable ? "at the table" : "not at the table")})");
            o.WriteLine($"  by: {a.Deadline.Date:yyyy-MM-dd}, {a.Deadline.Basis}");
            o.WriteLine($"  indicator: {a.Indicator}");
            o.WriteLine($"  verified by: {a.Verification}");
            o.WriteLine($"  instrument: {Words.Of(a.Instrument)} ({a.InstrumentWhy})");
            o.WriteLine(a.Lever is { } l ? $"  lever: {l.Name}, {l.Status} ({l.Reach}){(l.Note is { Length: > 0 } note ? $": {note}" : "")}" : "  lever: none in force or pending on this area");
            o.WriteLine($"  risk in {a.IssueArea}: {(a.Risk is { } risk ? Words.Of(risk) : "not known")} ({a.RiskBasis})");
            foreach (var e in a.Evidence)
            {
                o.WriteLine($"  - {e.Kind} (weight {e.Weight:0.##}): {e.Text}");
                foreach (var c in e.Citations) o.WriteLine($"      source: {c}");
            }
        }
    }
}
