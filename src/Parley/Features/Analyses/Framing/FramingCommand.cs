using System.CommandLine;
using Parley.Analyses;
using Parley.Analyses.Framing;

namespace Parley.Features.Analyses.Framing;

/// <summary>`parley analyze framing FILE`: a draft statement checked against the framing lexicon.</summary>
public static class FramingCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The draft statement, a UTF-8 text file; '-' reads standard input" };
        var kind = new Option<string?>("--kind")
        {
            Description = "What the statement will be (press-release, communique, speech, joint-statement, remark, report, draft): "
                + "a public one that names a recorded case is flagged",
            HelpName = "KIND",
        };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("framing", "Check a draft statement for confrontational terms, reassurance, shared goals and private raising of cases, in English or Vietnamese (with or without diacritics); a public statement that names a recorded case is flagged.")
        {
            file, kind, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var statementKind = FramingQuery.Kind(parse.GetValue(kind), "--kind");
            if (path != "-" && !File.Exists(path)) throw new UserError($"{path}: no such file");
            var text = path == "-" ? await Console.In.ReadToEndAsync(ct) : await File.ReadAllTextAsync(path, ct);
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var result = await FramingQuery.RunAsync(db, text, ct, statementKind);
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, (o, r) => WriteText(o, r, text));
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, FramingResult r, string text)
    {
        o.WriteLine($"Verdict: {r.Verdict}");
        o.WriteLine($"Framing check: {r.Findings.Count} finding{(r.Findings.Count == 1 ? "" : "s")} in {r.Characters} characters ({(r.Language == "vi" ? "Vietnamese" : "English")})");
        o.WriteLine($"Reassurance: {(r.ReassurancePresent ? "present" : "ABSENT")}; confrontational terms: {r.Confrontational}; shared goals: {r.SharedGoals}; private raising: {r.PrivateRaising}");
        foreach (var f in r.Findings)
        {
            var (line, column) = Position(text, f.Start);
            o.WriteLine();
            o.WriteLine($"{line}:{column}-{column + f.Length - 1} \"{f.Text}\" ({Words.Of(f.Category)}{(f.Kind == FindingKind.Term ? "" : ", " + Words.Of(f.Kind))}, matches \"{f.Term}\" {f.Language})");
            if (f.Why is not null) o.WriteLine($"  why: {f.Why}");
            foreach (var c in f.Citations) o.WriteLine($"  source: {c}");
            if (f.Suggestion is not null) o.WriteLine($"  rewording: {f.Suggestion}");
        }
        o.WriteLine();
        foreach (var a in r.Advice) o.WriteLine(a);
    }

    /// <summary>Line and column (both from 1) of an offset, as an editor shows them.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1 + text.AsSpan(0, offset).Count('\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0) lineStart = 0;
        return (line, offset - lineStart + 1);
    }
}
