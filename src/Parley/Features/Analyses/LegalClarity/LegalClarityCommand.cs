using System.CommandLine;
using Parley.Analyses;
using Parley.Analyses.LegalClarity;

namespace Parley.Features.Analyses.LegalClarity;

/// <summary>`parley analyze legal`: vague and over-broad wording in provisions, ranked for technical assistance.</summary>
public static class LegalClarityCommand
{
    public static Command Create(CliContext cli)
    {
        var instrument = new Option<string?>("--instrument") { Description = "Only the provisions of this legal instrument", HelpName = "INSTRUMENT" };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Only the law in force on this date (YYYY-MM-DD), cases charged under earlier versions counted against the version in force; default: every provision recorded",
            HelpName = "DATE",
        };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("legal", "Find vague or over-broad wording in stored provisions, count the cases charged under each, and rank them as priorities.")
        {
            instrument, asOf, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var result = await LegalClarityQuery.RunAsync(db, parse.GetValue(instrument), ct, asOf: AnalysisDate.Parse(parse.GetValue(asOf), "--as-of"));
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, WriteText);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, LegalClarityResult r)
    {
        var flagged = r.Provisions.Where(p => p.Hits.Count > 0).ToList();
        o.WriteLine($"Legal clarity{(r.AsOf is { } d ? $" of the law in force on {d:yyyy-MM-dd}" : "")}: {flagged.Count} of {r.Provisions.Count} provisions hold vague or over-broad wording");
        foreach (var p in flagged)
        {
            o.WriteLine();
            o.WriteLine($"#{p.Rank} {p.Label}{(p.Title is null ? "" : $" ({p.Title})")}, {p.Instrument} [{p.Key}]: score {p.Score}, {p.CasesCharged} case{(p.CasesCharged == 1 ? "" : "s")} charged{(p.Cases.Count == 0 ? "" : $" ({string.Join(", ", p.Cases)})")}{(p.HasText ? "" : "; no text held")}");
            foreach (var h in p.Hits)
            {
                o.WriteLine(h.Field == "recorded"
                    ? $"  \"{h.Term}\" ({Words.Of(h.Category)}): recorded on the provision, not in the text held"
                    : $"  \"{h.Matched}\" ({Words.Of(h.Category)}) in the {h.Field} at {h.Start}: {h.Context}");
                if (h.Why is not null) o.WriteLine($"    why: {h.Why}");
                if (h.Suggestion is not null) o.WriteLine($"    ask: {h.Suggestion}");
            }
            foreach (var change in r.TermChanges.Where(c => c.ProvisionKey == p.Key))
                o.WriteLine($"  \"{change.Term}\" {(change.Added ? "added" : "dropped")}{(change.Since is { } since ? $" from {since:yyyy-MM-dd}" : "")} against {change.Predecessor}");
            if (p.Remedy is { } remedy)
            {
                foreach (var c in remedy.Clarify) o.WriteLine($"  could clarify it: {c.Name} ({c.Why})");
                foreach (var c in remedy.Draft) o.WriteLine($"  could draft the change: {c.Name} ({c.Why})");
                foreach (var h in remedy.Programmes) o.WriteLine($"  could help: {h.Name}{(h.Partners.Count == 0 ? "" : $" with {string.Join("; ", h.Partners)}")} ({h.Why})");
                if (remedy.Clarify.Count + remedy.Draft.Count + remedy.Programmes.Count == 0) o.WriteLine("  no institution or programme on record could act on it");
            }
        }
        var clean = r.Provisions.Where(p => p.Hits.Count == 0).ToList();
        if (clean.Count > 0) o.WriteLine($"\nNo finding in: {string.Join(", ", clean.Select(p => $"{p.Label} [{p.Key}]"))}");
    }
}
