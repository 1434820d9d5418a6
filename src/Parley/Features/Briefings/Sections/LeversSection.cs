using Parley.Analyses.Cascade;

namespace Parley.Features.Briefings.Sections;

/// <summary>Section 7: the multilateral levers on each agenda issue area, and what a withdrawal from each would annul.</summary>
public static class LeversSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var input = context.Input;
        var frameworks = input.Records.Frameworks.ToDictionary(f => f.Key);
        var any = false;
        foreach (var areaId in context.AgendaAreas.OrderBy(id => input.Records.IssueAreas.First(a => a.Id == id).Name, StringComparer.Ordinal))
        {
            var area = input.Records.IssueAreas.First(a => a.Id == areaId);
            var leverage = LeverageAnalysis.Analyze(area, input.Records.Frameworks, input.Records.Commitments, input.Records.IssueAreas, input.Channel.Parties,
                context.Options.Today);
            if (leverage.Levers.Count == 0) continue;
            any = true;
            yield return new BriefingSubheading(area.Name);
            yield return new BriefingList(leverage.Levers.Select(lever =>
            {
                var framework = frameworks[lever.Key];
                var annuls = framework.Members
                    .Select(member => CascadeAnalysis.Analyze(framework, member, null, context.Options.Today, input.Records.Commitments, input.Records.Frameworks, input.Records.IssueAreas))
                    .SelectMany(r => r.Lapsed).Select(l => l.Title).Distinct().ToList();
                var text = $"{lever.Name} ({lever.Status}; {lever.Reach})"
                    + (lever.Note is { Length: > 0 } note ? $": {note}" : "")
                    + (lever.Withdrawals.Count > 0 ? $" Withdrawals: {string.Join("; ", lever.Withdrawals)}." : "")
                    + (annuls.Count > 0 ? $" A withdrawal would annul: {string.Join("; ", annuls)}." : "");
                return new BriefingParagraph(text, context.Notes.For(framework.Citations));
            }).ToList());
        }
        if (!any) yield return new BriefingParagraph(context.Text.None, []);
    }
}
