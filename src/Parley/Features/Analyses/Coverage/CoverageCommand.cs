using System.CommandLine;
using Parley.Analyses.Coverage;

namespace Parley.Features.Analyses.Coverage;

/// <summary>`parley analyze coverage`: which links of the decision chain a delegation brings to the table.</summary>
public static class CoverageCommand
{
    public static Command Create(CliContext cli)
    {
        var channel = new Option<string>("--channel") { Description = "The dialogue channel (key or part of its name)", Required = true, HelpName = "CHANNEL" };
        var round = new Option<string?>("--round") { Description = "A round of the channel (default: the planned round, else the latest)", HelpName = "ROUND" };
        var delegation = new Option<string?>("--delegation") { Description = "A proposed delegation: institutions, comma-separated", HelpName = "INSTITUTION[,...]" };
        var agenda = new Option<string?>("--agenda") { Description = "A proposed agenda: issue areas, comma-separated (default: the channel's areas)", HelpName = "ISSUE_AREA[,...]" };
        var json = AnalyzeCommand.JsonOption();
        var command = new Command("coverage", "Show, per agenda item, who must propose, approve, endorse and execute, and which of them the delegation covers.")
        {
            channel, round, delegation, agenda, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await AnalyzeCommand.OpenAsync(cli, parse, ct);
            var answer = await CoverageQuery.RunAsync(db, parse.GetValue(channel), parse.GetValue(round), parse.GetValue(delegation), parse.GetValue(agenda), ct);
            AnalyzeCommand.Write(cli, parse.GetValue(json), answer, WriteText);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, CoverageQuery.Answer answer)
    {
        var r = answer.Result;
        o.WriteLine($"Decision-chain coverage: {answer.Channel}{(answer.Round is null ? " (proposed delegation)" : $", {answer.Round}")}");
        o.WriteLine($"Delegation: {(r.Delegation.Count == 0 ? "nobody" : string.Join("; ", r.Delegation.Select(d => $"{d.Name} ({(d.Powers.Count == 0 ? "no decision power on the agenda" : string.Join(", ", d.Powers))})")))}");
        foreach (var item in r.Items)
        {
            o.WriteLine();
            o.WriteLine($"{item.IssueArea}: {item.Covered} of {item.Known} links covered ({AnalyzeCommand.Percent(item.Coverage)})");
            if (item.Links.Count == 0) o.WriteLine("  no institution on record holds a decision power on this area");
            foreach (var link in item.Links)
            {
                var who = string.Join(", ", link.Holders.Select(h => h.Name));
                o.WriteLine(link.State switch
                {
                    LinkState.Covered => $"  {link.Party} {CoverageAnalysis.Word(link.Power),-8} covered   {string.Join(", ", link.AtTable.Select(h => h.Name))}",
                    LinkState.Missing => $"  {link.Party} {CoverageAnalysis.Word(link.Power),-8} MISSING   {who}",
                    _ => $"  {link.Party} {CoverageAnalysis.Word(link.Power),-8} unknown   no institution on record holds this power",
                });
            }
        }
        o.WriteLine();
        o.WriteLine($"Overall: {r.Covered} of {r.Known} links covered ({AnalyzeCommand.Percent(r.Coverage)})");
        if (r.ToInvite.Count == 0) o.WriteLine("Nobody to invite: every known link is at the table.");
        else
        {
            o.WriteLine("Invite:");
            foreach (var i in r.ToInvite) o.WriteLine($"  {i.Name} [{i.Key}]: {string.Join("; ", i.Closes)}");
        }
    }
}
