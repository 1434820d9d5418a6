using Parley.Analyses.IssueAreas;
using Parley.Domain;

namespace Parley.Analyses.Risk;

/// <summary>
/// Risk of advocacy per issue area and year, from dated repressive steps in cases (arrest, charge, trial,
/// sentence) and from analysts' assessments, which add to the evidence or, when marked so, override it.
/// </summary>
public static class RiskAnalysis
{
    /// <summary>How many years a repressive step keeps an area dangerous; after that it counts as a medium-risk record.</summary>
    public const int DefaultWindowYears = 5;

    private static readonly CaseEventKind[] Repressive = [CaseEventKind.Arrest, CaseEventKind.Charge, CaseEventKind.Trial, CaseEventKind.Sentence];

    public static RiskResult Analyze(IReadOnlyList<Case> cases, IReadOnlyList<RiskAssessment> assessments, IReadOnlyList<IssueArea> areas,
        int year, int windowYears = DefaultWindowYears)
    {
        var tree = new IssueAreaTree(areas);
        // Each repressive step reaches the case's areas and their broader areas.
        var steps = cases.SelectMany(c => c.Events.Where(e => e.Date is not null && Repressive.Contains(e.Kind))
                .SelectMany(e => c.IssueAreas.SelectMany(a => tree.SelfAndAncestors(a.Id)
                    .Select(reached => (Area: reached, Step: new RiskEvidence(c.Key, c.PersonName, c.PersonRole, e.Kind, e.Date!.Value.ToString(), tree.Name(a.Id)), Year: e.Date!.Value.Year)))))
            // A case filed under two areas of one branch reaches their common ancestor once.
            .DistinctBy(s => (s.Area, s.Step.CaseKey, s.Step.Event, s.Step.Date))
            .ToList();

        var results = new List<AreaRisk>();
        foreach (var area in tree.All)
        {
            var areaSteps = steps.Where(s => s.Area == area.Id).ToList();
            var areaAssessments = assessments.Where(a => a.IssueAreaId == area.Id).ToList();
            var years = areaSteps.Select(s => s.Year).Concat(areaAssessments.Select(a => a.Year)).Where(y => y <= year).ToList();
            if (years.Count == 0) continue;

            var history = Enumerable.Range(years.Min(), year - years.Min() + 1)
                .Select(y => new YearLevel(y, LevelIn(y, areaSteps.Select(s => s.Year), areaAssessments, windowYears).Level)).ToList();
            var (level, basis, assessment) = LevelIn(year, areaSteps.Select(s => s.Year), areaAssessments, windowYears);
            var previous = history.Count > 1 ? history[^2].Level : null;
            var trend = level is null ? RiskTrend.Unknown : previous is null ? RiskTrend.New
                : level > previous ? RiskTrend.Rising : level < previous ? RiskTrend.Falling : RiskTrend.Steady;
            // The year the current run of high risk began: when the area turned dangerous.
            int? turned = null;
            for (var i = history.Count - 1; i >= 0 && history[i].Level == RiskLevel.High; i--) turned = history[i].Year;

            var evidence = areaSteps.Where(s => s.Year <= year && s.Year > year - windowYears).Select(s => s.Step)
                .OrderByDescending(e => e.Date, StringComparer.Ordinal).ToList();
            if (evidence.Count == 0) evidence = areaSteps.Where(s => s.Year <= year).Select(s => s.Step).OrderByDescending(e => e.Date, StringComparer.Ordinal).ToList();
            results.Add(new AreaRisk(area.Key, area.Name, level, basis, trend, evidence, assessment is null ? null
                : new AssessmentUsed(assessment.Key, assessment.Year, assessment.Level, assessment.Overrides, assessment.Note,
                    assessment.Citations.Select(c => c.Source?.Title ?? c.Locator ?? "").Where(s => s.Length > 0).Distinct().ToList()), history, turned));
        }

        var ordered = results.OrderByDescending(r => r.Level.HasValue).ThenByDescending(r => r.Level).ThenBy(r => r.IssueAreaKey, StringComparer.Ordinal).ToList();
        return new RiskResult(year, windowYears, ordered,
            ordered.Where(r => r.Level == RiskLevel.Low).ToList(),
            ordered.Where(r => r.TurnedDangerousIn is not null).ToList());
    }

    /// <summary>The level in a year: evidence (High within the window, Medium before it), combined with the latest assessment made by then.</summary>
    private static (RiskLevel? Level, string Basis, RiskAssessment? Assessment) LevelIn(int year, IEnumerable<int> stepYears,
        IReadOnlyList<RiskAssessment> assessments, int windowYears)
    {
        var past = stepYears.Where(y => y <= year).ToList();
        RiskLevel? evidence = past.Any(y => y > year - windowYears) ? RiskLevel.High : past.Count > 0 ? RiskLevel.Medium : null;
        var assessment = assessments.Where(a => a.Year <= year)
            .OrderByDescending(a => a.Year).ThenByDescending(a => a.Overrides).ThenByDescending(a => a.Level).FirstOrDefault();
        if (assessment is null) return (evidence, evidence is null ? "nothing on record" : "evidence", null);
        if (assessment.Overrides) return (assessment.Level, evidence is null ? "assessment" : "assessment overriding evidence", assessment);
        if (evidence is null) return (assessment.Level, "assessment", assessment);
        return (evidence > assessment.Level ? evidence : assessment.Level, "evidence and assessment", assessment);
    }
}
