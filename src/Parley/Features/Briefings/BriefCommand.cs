using System.CommandLine;
using Parley.Store;

namespace Parley.Features.Briefings;

/// <summary>`parley brief`: the briefing for a channel's next round, as Markdown, HTML or PDF.</summary>
public static class BriefCommand
{
    public static Command Create(CliContext cli)
    {
        var channel = new Option<string>("--channel") { Description = "The channel, by key (human-rights, labor) or part of its name", Required = true };
        var round = new Option<string?>("--round") { Description = "The round to prepare (default: the next planned round, else the latest)" };
        var format = new Option<string>("--format") { Description = "md, html or pdf", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "pdf");
        var output = new Option<string?>("--out", "-o") { Description = "Write to FILE (required for pdf unless standard output is redirected)", HelpName = "FILE" };
        var redact = new Option<bool>("--redact-cases") { Description = "Leave out every case name and identifying detail (for a wider audience)" };
        var sections = new Option<string?>("--sections") { Description = "Only these sections, e.g. 1,3,4 or channel,commitments,cases" };
        var language = new Option<string>("--lang") { Description = "Language of headings and fixed text: en or vi", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "vi");

        var command = new Command("brief", "Prepare the briefing for a channel's next round: the asks, who must be at the table, open commitments, cases, laws, risks, levers, wording, sources.");
        foreach (var option in new Option[] { channel, round, format, output, redact, sections, language }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            var today = DateOnly.FromDateTime(DateTime.Now);
            var input = await BriefingQuery.LoadAsync(db, parse.GetValue(channel)!, parse.GetValue(round), ct, today);
            var options = new BriefingOptions(
                today,
                parse.GetValue(language) == "vi" ? BriefingLanguage.Vi : BriefingLanguage.En,
                parse.GetValue(redact),
                BriefingSections.Parse(parse.GetValue(sections)));
            var chosen = BriefingDocument.FormatNamed(parse.GetValue(format)!)!.Value;
            var document = BriefingDocument.Render(BriefingBuilder.Build(input, options), chosen, $"briefing-{input.Channel.Key}");
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllBytesAsync(path, document.Content, ct);
                cli.Error.WriteLine($"Wrote {path} ({document.Content.Length:N0} bytes).");
            }
            else if (chosen == BriefingFormat.Pdf && !Console.IsOutputRedirected && cli.Out == Console.Out)
            {
                throw new UserError("a PDF is not for the terminal: give --out FILE or redirect standard output");
            }
            else if (chosen == BriefingFormat.Pdf)
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(document.Content, ct);
            }
            else
            {
                await cli.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(document.Content));
            }
            return 0;
        });
        return command;
    }
}
