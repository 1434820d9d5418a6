using Parley.Analyses.Risk;

namespace Parley.Features.Briefings.Sections;

/// <summary>Section 7: low-risk areas where cooperation is welcome and areas to handle with care, each with its evidence.</summary>
public static class CooperationSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var (records, vi) = (context.Input.Records, context.Vi);
        var risk = RiskAnalysis.Analyze(records.Cases, records.Assessments, records.IssueAreas, context.Options.Today.Year);
        var assessments = records.Assessments.ToDictionary(a => a.Key);
        var cases = records.Cases.ToDictionary(c => c.Key);
        IReadOnlyList<int> Notes(AreaRisk area) => context.Notes.For(
            area.Evidence.Where(e => cases.ContainsKey(e.CaseKey)).SelectMany(e => cases[e.CaseKey].Citations)
                .Concat(area.Assessment is { } a && assessments.TryGetValue(a.Key, out var stored) ? stored.Citations : []));
        // The English edition gives the analysis' own account of the basis; the Vietnamese one states the level and its evidence.
        string Basis(AreaRisk a) => vi ? (a.DrivenBy.Count > 0 ? $"do {string.Join(", ", a.DrivenBy)}" : $"từ {a.Evidence.Count} bằng chứng có ngày") : $"from {a.Basis}";

        yield return new BriefingSubheading(context.Say("Low-risk entry points", "Điểm khởi đầu ít rủi ro"));
        yield return risk.EntryPoints.Count == 0
            ? new BriefingParagraph(context.Text.None, [])
            : new BriefingList(risk.EntryPoints.Select(a => new BriefingParagraph(
                $"{a.IssueArea} ({BriefingWords.Of(Parley.Domain.RiskLevel.Low, vi)}; {Basis(a)})", Notes(a))).ToList());

        var careful = risk.Areas.Where(a => a.Level is Parley.Domain.RiskLevel.High or Parley.Domain.RiskLevel.Medium)
            .OrderByDescending(a => a.Level).ThenBy(a => a.IssueArea, StringComparer.Ordinal).ToList();
        yield return new BriefingSubheading(context.Say("Handle with care", "Cần thận trọng"));
        yield return careful.Count == 0
            ? new BriefingParagraph(context.Text.None, [])
            : new BriefingList(careful.Select(a => new BriefingParagraph(
                $"{a.IssueArea} ({BriefingWords.Of(a.Level!.Value, vi)}{(a.TurnedDangerousIn is { } year ? context.Say($", dangerous since {year}", $", nguy hiểm từ năm {year}") : "")}; {Basis(a)})" +
                (a.Evidence.Count == 0 ? "." : ": " + string.Join("; ", a.Evidence.Select(e => context.Say(
                    $"{e.Event.ToString().ToLowerInvariant()} of {e.PersonName} ({e.Date})",
                    $"{e.PersonName} {BriefingWords.Of(e.Event, vi)} ({e.Date})"))) + "."),
                Notes(a))).ToList());
    }
}
