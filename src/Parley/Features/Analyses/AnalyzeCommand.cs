using System.CommandLine;
using System.Text.Json;
using Parley.Features.Analyses.Cascade;
using Parley.Features.Analyses.Coverage;
using Parley.Features.Analyses.Enforceability;
using Parley.Features.Analyses.Framing;
using Parley.Features.Analyses.LegalClarity;
using Parley.Features.Analyses.Risk;
using Parley.Features.Analyses.Treaties;
using Parley.Store;

namespace Parley.Features.Analyses;

/// <summary>`parley analyze NAME`: the seeds' arguments computed over the store, as text or (with --json) as JSON.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("analyze", "Run an analysis over the stored record: coverage, enforceability, cascade, leverage, risk, legal, treaties, law changes, framing.");
        command.Subcommands.Add(CoverageCommand.Create(cli));
        command.Subcommands.Add(EnforceabilityCommand.Create(cli));
        command.Subcommands.Add(CascadeCommand.Create(cli));
        command.Subcommands.Add(LeverageCommand.Create(cli));
        command.Subcommands.Add(RiskCommand.Create(cli));
        command.Subcommands.Add(LegalClarityCommand.Create(cli));
        command.Subcommands.Add(TreatyStatusCommand.Create(cli));
        command.Subcommands.Add(LawChanges.LawChangesCommand.Create(cli));
        command.Subcommands.Add(FramingCommand.Create(cli));
        return command;
    }

    public static Option<bool> JsonOption() => new("--json") { Description = "Write the result as JSON instead of text" };

    public static Task<ParleyDb> OpenAsync(CliContext cli, ParseResult parse, CancellationToken ct) =>
        ParleyStore.OpenExistingAsync(cli.Location(parse), ct);

    /// <summary>Writes the result as JSON, or as text through <paramref name="text"/>.</summary>
    public static void Write<T>(CliContext cli, bool json, T result, Action<TextWriter, T> text)
    {
        if (json) cli.Out.WriteLine(JsonSerializer.Serialize(result, AnalysisJson.Options));
        else text(cli.Out, result);
    }

    public static string Percent(double? ratio) => ratio is { } r ? $"{r:P0}".Replace(" ", "") : "n/a";
}
