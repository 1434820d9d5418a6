using System.Globalization;
using Parley.Analyses.Coverage;
using Parley.Domain;

namespace Parley.Features.Briefings.Sections;

/// <summary>Section 2: the decision-chain coverage of the planned delegation for the agenda, and whom to invite.</summary>
public static class TableSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var (input, text) = (context.Input, context.Text);
        if (input.Round is not { } round || round.Agenda.Count == 0)
        {
            yield return new BriefingParagraph("No round with an agenda is on record for this channel; add a planned round with its delegation and agenda to see who must be at the table.", []);
            yield break;
        }
        var coverage = CoverageAnalysis.Analyze(input.Records.Institutions, input.Records.IssueAreas, input.Channel.Parties,
            round.Delegates.Select(d => d.InstitutionId).ToHashSet(), round.Agenda.Select(a => a.IssueAreaId).ToList());
        var byKey = input.Records.Institutions.ToDictionary(i => i.Key);
        IReadOnlyList<int> Notes(IEnumerable<InstitutionRef> institutions) =>
            context.Notes.For(institutions.Where(i => byKey.ContainsKey(i.Key)).SelectMany(i => byKey[i.Key].Citations));

        yield return new BriefingParagraph(coverage.Coverage is { } share
            ? $"The delegation covers {coverage.Covered} of the {coverage.Known} links of the decision chain that the record knows for this agenda ({(share * 100).ToString("0", CultureInfo.InvariantCulture)}%)."
            : "The record holds no decision powers for this agenda's issue areas, so coverage cannot be judged.", []);
        yield return new BriefingTable(
            [context.Label("Agenda"), "Link", context.Label("Status"), "Who holds it", "At the table"],
            coverage.Items.SelectMany(item => item.Links.Select(link => new BriefingRow(
                [
                    item.IssueArea,
                    $"{link.Party}: {CoverageAnalysis.Word(link.Power)}",
                    link.State switch { LinkState.Covered => "covered", LinkState.Missing => "MISSING", _ => "no holder on record" },
                    link.Holders.Count == 0 ? "—" : string.Join(", ", link.Holders.Select(h => h.Name)),
                    link.AtTable.Count == 0 ? "—" : string.Join(", ", link.AtTable.Select(h => h.Name)),
                ],
                Notes(link.Holders)))).ToList());
        if (coverage.ToInvite.Count > 0)
        {
            yield return new BriefingSubheading("Invite");
            yield return new BriefingList(coverage.ToInvite.Select(i => new BriefingParagraph(
                $"{i.Name}: closes {string.Join("; ", i.Closes)}", Notes(byKey.TryGetValue(i.Key, out var inst) ? [new InstitutionRef(inst.Key, inst.Name)] : []))).ToList());
        }
    }
}
