using System.CommandLine;
using Parley.Analyses;
using Parley.Analyses.Treaties;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.Treaties;

/// <summary>`parley analyze treaties --party PARTY`: a party's standing with each treaty, and the recommendations asking it to join.</summary>
public static class TreatyStatusCommand
{
    public static Command Create(CliContext cli)
    {
        var party = new Option<string>("--party") { Description = "The party whose treaty status to show", HelpName = "PARTY", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Read the status on this date (default: today)", HelpName = "YYYY-MM-DD" };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("treaties", "Show where a party stands with each recorded treaty (signed, ratified, acceded, not party) and which recommendations asked it to join.")
        {
            party, asOf, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var date = AnalysisDate.Parse(parse.GetValue(asOf), "--as-of") ?? StoreClock.Today();
            var result = await TreatyStatusQuery.RunAsync(db, parse.GetValue(party)!, date, ct);
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, WriteText);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, TreatyStatusResult r)
    {
        o.WriteLine($"Treaty status of {r.Party} on {r.AsOf:yyyy-MM-dd}: party to {r.Treaties.Count(t => t.Bound is not null)} of {r.Treaties.Count} treaties on record");
        foreach (var t in r.Treaties)
        {
            var steps = new List<string>();
            if (t.Signed is { } signed) steps.Add($"signed {signed}");
            if (t.Bound is { } bound) steps.Add($"{(t.Participation == TreatyParticipation.Acceded ? "acceded" : "ratified")} {bound}");
            if (t.InForce is { } inForce) steps.Add($"in force {inForce}");
            var status = t.Participation switch
            {
                TreatyParticipation.NotParty when t.StatusKey is null => "no status recorded",
                TreatyParticipation.NotParty => "not party",
                _ => string.Join(", ", steps),
            };
            o.WriteLine();
            o.WriteLine($"{t.Treaty}{(t.Aliases.Count > 0 ? $" ({t.Aliases[0]})" : "")}: {status}");
            if (t.Reservations is { Length: > 0 } reservations) o.WriteLine($"  reservations: {reservations}");
            if (t.Asks.Count > 0)
                o.WriteLine($"  {t.Asks.Count} recommendation{(t.Asks.Count == 1 ? "" : "s")} asked to join; {(t.Bound is null ? "not acted on" : "acted on")}: "
                    + string.Join("; ", t.Asks.Take(5).Select(a => $"{a.From ?? "?"}{(a.Made is { } made ? $" ({made})" : "")}, {Words.Of(a.Response)}"))
                    + (t.Asks.Count > 5 ? $"; {t.Asks.Count - 5} more (--json lists them all)" : ""));
        }
    }
}
