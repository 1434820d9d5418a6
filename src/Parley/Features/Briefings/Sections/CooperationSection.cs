using Parley.Analyses.Risk;
using Parley.Domain;

namespace Parley.Features.Briefings.Sections;

/// <summary>Section 6: low-risk areas where cooperation is welcome and areas to handle with care, each with its evidence.</summary>
public static class CooperationSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var input = context.Input;
        var risk = RiskAnalysis.Analyze(input.Records.Cases, input.Records.Assessments, input.Records.IssueAreas, context.Options.Today.Year);
        var assessments = input.Records.Assessments.ToDictionary(a => a.Key);
        var cases = input.Records.Cases.ToDictionary(c => c.Key);
        IReadOnlyList<int> Notes(AreaRisk area) => context.Notes.For(
            area.Evidence.Where(e => cases.ContainsKey(e.CaseKey)).SelectMany(e => cases[e.CaseKey].Citations)
                .Concat(area.Assessment is { } a && assessments.TryGetValue(a.Key, out var stored) ? stored.Citations : []));

        yield return new BriefingSubheading("Low-risk entry points");
        yield return risk.EntryPoints.Count == 0
            ? new BriefingParagraph(context.Text.None, [])
            : new BriefingList(risk.EntryPoints.Select(a => new BriefingParagraph($"{a.IssueArea} (low; from {a.Basis})", Notes(a))).ToList());

        var careful = risk.Areas.Where(a => a.Level is RiskLevel.High or RiskLevel.Medium).OrderByDescending(a => a.Level).ThenBy(a => a.IssueArea, StringComparer.Ordinal).ToList();
        yield return new BriefingSubheading("Handle with care");
        yield return careful.Count == 0
            ? new BriefingParagraph(context.Text.None, [])
            : new BriefingList(careful.Select(a => new BriefingParagraph(
                $"{a.IssueArea} ({a.Level!.Value.ToString().ToLowerInvariant()}{(a.TurnedDangerousIn is { } year ? $", dangerous since {year}" : "")}; from {a.Basis})" +
                (a.Evidence.Count == 0 ? "." : ": " + string.Join("; ", a.Evidence.Select(e => $"{e.Event.ToString().ToLowerInvariant()} of {e.PersonName} ({e.Date})")) + "."),
                Notes(a))).ToList());
    }
}
