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
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("framing", "Check a draft statement for confrontational terms, reassurance, shared goals and private raising of cases, in English or Vietnamese.")
        {
            file, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (path != "-" && !File.Exists(path)) throw new UserError($"{path}: no such file");
            var text = path == "-" ? await Console.In.ReadToEndAsync(ct) : await File.ReadAllTextAsync(path, ct);
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var result = await FramingQuery.RunAsync(db, text, ct);
            AnalyzeCommand.Write(cli, parse.GetValue(json), result, (o, r) => WriteText(o, r, text));
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, FramingResult r, string text)
    {
        o.WriteLine($"Framing check: {r.Findings.Count} finding{(r.Findings.Count == 1 ? "" : "s")} in {r.Characters} characters");
        o.WriteLine($"Reassurance: {(r.ReassurancePresent ? "present" : "ABSENT")}; confrontational terms: {r.Confrontational}; shared goals: {r.SharedGoals}; private raising: {r.PrivateRaising}");
        foreach (var f in r.Findings)
        {
            var (line, column) = Position(text, f.Start);
            o.WriteLine();
            o.WriteLine($"{line}:{column} \"{f.Text}\" ({Words.Of(f.Category)}, {f.Language})");
            if (f.Why is not null) o.WriteLine($"  why: {f.Why}");
            if (f.Suggestion is not null) o.WriteLine($"  suggestion: {f.Suggestion}");
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
