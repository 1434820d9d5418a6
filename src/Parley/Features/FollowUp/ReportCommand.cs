using System.CommandLine;
using Parley.Features.Briefings;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>`parley report mid-term` and `parley report since-last-round`: draft reports back from the follow-up record (with the narrative editors wrote), in Markdown, HTML or PDF, in English or Vietnamese.</summary>
public static class ReportCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("report", "Draft reports back to a review from the follow-up record.");
        var party = new Option<string>("--party") { Description = "The party under review (its key, such as vn)", Required = true, HelpName = "PARTY" };
        var cycle = new Option<int>("--cycle") { Description = "The UPR cycle the recommendations were made in", Required = true, HelpName = "N" };
        var format = new Option<BriefingFormat>("--format")
        {
            Description = "md, html or pdf", DefaultValueFactory = _ => BriefingFormat.Md, HelpName = "md|html|pdf",
            // By name only: the enum's own parsing would take a number ("7") for a format.
            CustomParser = result => BriefingDocument.FormatNamed(result.Tokens[^1].Value) is { } named ? named
                : Refuse(result, $"--format: '{result.Tokens[^1].Value}' is not md, html or pdf"),
        };
        var output = new Option<string?>("--out") { Description = "Write to this file (default: standard output for md and html; a PDF needs --out)", HelpName = "FILE" };
        var language = new Option<string>("--lang") { Description = "en or vi", DefaultValueFactory = _ => "en" };
        var midTerm = new Command("mid-term", "Draft a UPR mid-term report: recommendations by theme, response, institutions, actions with dates and evidence, derived state, gaps.");
        foreach (var option in new Option[] { party, cycle, format, output, language }) midTerm.Options.Add(option);
        midTerm.SetAction(async (parse, ct) =>
        {
            var (vietnamese, chosen, path) = Choices(parse, format, output, language);
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            var input = await MidTermQuery.LoadAsync(db, parse.GetValue(party), parse.GetValue(cycle), StoreClock.Today(), ct);
            var narratives = await Narratives.LoadAsync(db, Narratives.MidTerm(input.Party.Key, input.Cycle, vietnamese), ct);
            var document = BriefingDocument.Render(MidTermReport.Build(input, vietnamese, narratives), chosen, $"mid-term-{input.Party.Key}-cycle-{input.Cycle}");
            return await WriteAsync(cli, document.Content, path, ct);
        });
        command.Subcommands.Add(midTerm);
        command.Subcommands.Add(SinceLastRound(cli, format, output, language));
        return command;
    }

    private static Command SinceLastRound(CliContext cli, Option<BriefingFormat> format, Option<string?> output, Option<string> language)
    {
        var channel = new Option<string>("--channel") { Description = "The dialogue channel (its key, such as human-rights)", Required = true, HelpName = "CHANNEL" };
        var command = new Command("since-last-round", "Draft a channel's report since its last round: commitments and recommendations by theme, state then and now, actions, reports, gaps.");
        foreach (var option in new Option[] { channel, format, output, language }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var (vietnamese, chosen, path) = Choices(parse, format, output, language);
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            var input = await SinceLastRoundQuery.LoadAsync(db, parse.GetValue(channel), StoreClock.Today(), ct);
            var narratives = await Narratives.LoadAsync(db, Narratives.SinceLastRound(input.Channel.Key, vietnamese), ct);
            var document = BriefingDocument.Render(SinceLastRoundReport.Build(input, vietnamese, narratives), chosen, $"since-last-round-{input.Channel.Key}");
            return await WriteAsync(cli, document.Content, path, ct);
        });
        return command;
    }

    private static BriefingFormat Refuse(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default;
    }

    private static (bool Vietnamese, BriefingFormat Format, string? Path) Choices(ParseResult parse, Option<BriefingFormat> format, Option<string?> output, Option<string> language)
    {
        var lang = parse.GetValue(language)!.Trim().ToLowerInvariant();
        if (lang is not ("en" or "vi")) throw new UserError($"--lang: '{lang}' is not en or vi");
        var chosen = parse.GetValue(format);
        var path = parse.GetValue(output);
        if (chosen == BriefingFormat.Pdf && path is null) throw new UserError("--out: a PDF is written to a file; give --out FILE.pdf");
        return (lang == "vi", chosen, path);
    }

    private static async Task<int> WriteAsync(CliContext cli, byte[] content, string? path, CancellationToken ct)
    {
        if (path is null)
        {
            cli.Out.Write(System.Text.Encoding.UTF8.GetString(content));
            return 0;
        }
        await File.WriteAllBytesAsync(path, content, ct);
        cli.Error.WriteLine($"written to {path}");
        return 0;
    }
}
