using Parley.Features.Briefings.Sections;

namespace Parley.Features.Briefings;

/// <summary>Computes a briefing from the record: each section from the store, nothing written by hand.</summary>
public static class BriefingBuilder
{
    public static Briefing Build(BriefingInput input, BriefingOptions options)
    {
        var context = new BriefingContext(input, options);
        var builders = new (BriefingSectionId Id, Func<BriefingContext, IEnumerable<BriefingBlock>> Build)[]
        {
            (BriefingSectionId.Asks, AsksSection.Build),
            (BriefingSectionId.Channel, ChannelSection.Build),
            (BriefingSectionId.Table, TableSection.Build),
            (BriefingSectionId.Commitments, CommitmentsSection.Build),
            (BriefingSectionId.Cases, CasesSection.Build),
            (BriefingSectionId.Provisions, ProvisionsSection.Build),
            (BriefingSectionId.Cooperation, CooperationSection.Build),
            (BriefingSectionId.Levers, LeversSection.Build),
            (BriefingSectionId.Wording, WordingSection.Build),
        };
        var sections = builders
            .Where(b => options.Includes(b.Id))
            .OrderBy(b => b.Id)
            .Select(b => new BriefingSection(b.Id, context.Text.Headings[b.Id], SectionAge.Apply(context, b.Build(context).ToList())))
            .ToList();
        // The sources always close the briefing: footnote marks without the list they point to would be useless.
        var sources = context.Notes.All;
        if (options.Includes(BriefingSectionId.Sources) || sources.Count > 0)
            sections.Add(new BriefingSection(BriefingSectionId.Sources, context.Text.Headings[BriefingSectionId.Sources],
                sources.Count == 0 ? [new BriefingParagraph(context.Text.None, [])] : []));

        var casesNamed = !options.RedactCases && sections.Any(s => s.Id == BriefingSectionId.Cases) && CasesSection.OpenCasesOnAgenda(context).Count > 0;
        var briefing = new Briefing(
            $"{context.Text.Briefing}: {input.Channel.Name}",
            input.Channel.Name,
            input.Round?.Title,
            options.Today,
            options.Language,
            Sensitive: casesNamed,
            Redacted: options.RedactCases,
            sections,
            sources);
        return options.RedactCases ? CaseRedaction.Apply(briefing, input.Records.Cases.Select(c => c.PersonName)) : briefing;
    }
}
