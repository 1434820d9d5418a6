using Parley.Domain;

namespace Parley.Features.Briefings.Sections;

/// <summary>Section 5: the provisions behind the cases and the agenda, their vague terms, and the assistance on offer.</summary>
public static class ProvisionsSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var text = context.Text;
        var charged = CasesSection.OpenCasesOnAgenda(context).SelectMany(c => c.Charges).Select(p => p.Id).ToHashSet();
        var provisions = context.Input.Records.Provisions
            .Where(p => charged.Contains(p.Id) || (context.OnAgenda(p.IssueAreas) && p.VagueTerms.Count > 0))
            .OrderByDescending(p => CasesCharged(context, p)).ThenBy(p => p.Instrument.Title, StringComparer.Ordinal).ThenBy(p => p.Label, StringComparer.Ordinal)
            .ToList();
        if (provisions.Count == 0) yield return new BriefingParagraph(text.None, []);
        else
            yield return new BriefingTable(
                [context.Label("Provision"), context.Label("Vague terms"), context.Label("Cases charged")],
                provisions.Select(p => new BriefingRow(
                    [
                        $"{p.Instrument.Title}, {p.Label}{(p.Title is null ? "" : $": {p.Title}")}",
                        p.VagueTerms.Count == 0 ? text.Unknown : string.Join("; ", p.VagueTerms.Select(t => $"“{t}”")),
                        CasesCharged(context, p).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ],
                    context.Notes.For(p.Citations)) { About = BriefingFact.Of("provisions", p.Key) }).ToList());

        yield return new BriefingSubheading(context.Label("Technical assistance on offer"));
        var programmes = context.Input.Records.Programmes
            .Where(p => p.EndYear is null || p.EndYear >= context.Options.Today.Year)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new BriefingParagraph(
                $"{p.Name}{(p.Implementer is null ? "" : $" ({p.Implementer.Name})")}{(p.StartYear is null ? "" : context.Say($", since {p.StartYear}", $", từ năm {p.StartYear}"))}: {(p.Topics.Count == 0 ? text.Unknown : string.Join(", ", p.Topics))}.",
                context.Notes.For(p.Citations)) { About = BriefingFact.Of("programmes", p.Key) })
            .ToList();
        yield return programmes.Count > 0 ? new BriefingList(programmes) : new BriefingParagraph(text.None, []);
    }

    private static int CasesCharged(BriefingContext context, Provision provision) =>
        context.Input.Records.Cases.Count(c => c.Charges.Any(p => p.Id == provision.Id));
}
