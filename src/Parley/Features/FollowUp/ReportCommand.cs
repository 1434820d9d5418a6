using System.CommandLine;
using Parley.Features.Briefings;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>`parley report mid-term`: drafts a UPR mid-term report from the record, in Markdown, HTML or PDF, in English or Vietnamese.</summary>
public static class ReportCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("report", "Draft reports back to a review from the follow-up record.");
        var party = new Option<string>("--party") { Description = "The party under review (its key, such as vn)", Required = true, HelpName = "PARTY" };
        var cycle = new Option<int>("--cycle") { Description = "The UPR cycle the recommendations were made in", Required = true, HelpName = "N" };
        var format = new Option<BriefingFormat>("--format") { Description = "md, html or pdf", DefaultValueFactory = _ => BriefingFormat.Md };
        var output = new Option<string?>("--out") { Description = "Write to this file (default: standard output for md and html; a PDF needs --out)", HelpName = "FILE" };
        var language = new Option<string>("--lang") { Description = "en or vi", DefaultValueFactory = _ => "en" };
        var midTerm = new Command("mid-term", "Draft a UPR mid-term report: recommendations by theme, response, institutions, actions with dates and evidence, derived state, gaps.");
        foreach (var option in new Option[] { party, cycle, format, output, language }) midTerm.Options.Add(option);
        midTerm.SetAction(async (parse, ct) =>
        {
            var lang = parse.GetValue(language)!.Trim().ToLowerInvariant();
            if (lang is not ("en" or "vi")) throw new UserError($"--lang: '{lang}' is not en or vi");
            var chosen = parse.GetValue(format);
            var path = parse.GetValue(output);
            if (chosen == BriefingFormat.Pdf && path is null) throw new UserError("--out: a PDF is written to a file; give --out FILE.pdf");
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            var input = await MidTermQuery.LoadAsync(db, parse.GetValue(party), parse.GetValue(cycle), FollowUpClock.Today(), ct);
            var document = BriefingDocument.Render(MidTermReport.Build(input, lang == "vi"), chosen, $"mid-term-{input.Party.Key}-cycle-{input.Cycle}");
            if (path is null)
            {
                cli.Out.Write(System.Text.Encoding.UTF8.GetString(document.Content));
                return 0;
            }
            await File.WriteAllBytesAsync(path, document.Content, ct);
            cli.Error.WriteLine($"written to {path}");
            return 0;
        });
        command.Subcommands.Add(midTerm);
        return command;
    }
}
