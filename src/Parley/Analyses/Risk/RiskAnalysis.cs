using Parley.Analyses.IssueAreas;
using Parley.Domain;

namespace Parley.Analyses.Risk;

/// <summary>
/// Risk of advocacy per issue area and year, computed from dated evidence with stated weights (case steps, restrictive
/// instruments entering into force, positive steps), each fading with a half-life. Analysts' assessments are cited
/// opinions that move the computed level one step toward theirs (or replace it when marked as overriding); a broader
/// area is as risky as its riskiest narrower area and names the areas that drive it.
/// </summary>
public static class RiskAnalysis
{
    /// <summary>The half-life, kept under its former name for callers that print it.</summary>
    public const int DefaultWindowYears = 3;

    private sealed record Item(int AreaId, int Year, RiskEvidence Evidence, bool Lasting = false)
    {
        public double Counts(int year, RiskWeights w) =>
            Evidence.Weight * (Lasting ? Math.Max(w.Decay(year - Year), w.InForceFloor) : w.Decay(year - Year));
    }

    public static RiskResult Analyze(IReadOnlyList<Case> cases, IReadOnlyList<RiskAssessment> assessments, IReadOnlyList<IssueArea> areas,
        int year, int windowYears = DefaultWindowYears) =>
        Analyze(cases, assessments, areas, year, RiskInputs.None, RiskWeights.Default with { HalfLifeYears = windowYears });

    public static RiskResult Analyze(IReadOnlyList<Case> cases, IReadOnlyList<RiskAssessment> assessments, IReadOnlyList<IssueArea> areas,
        int year, RiskInputs inputs, RiskWeights? weights = null)
    {
        var w = weights ?? RiskWeights.Default;
        var tree = new IssueAreaTree(areas);
        var items = Evidence(cases, inputs, tree, w);
        // A programme on a narrower area also works in the broader one (anti-corruption training is rule-of-law work).
        var programmes = tree.All.ToDictionary(a => a.Id, a => inputs.Programmes
            .Where(p => p.IssueAreas.Any(x => tree.SelfAndAncestors(x.Id).Contains(a.Id))
                && (p.StartYear is null || p.StartYear <= year) && (p.EndYear is null || p.EndYear >= year))
            .Select(p => p.Name).Order(StringComparer.Ordinal).ToList());

        var first = items.Select(i => i.Year).Concat(assessments.Select(a => a.Year)).Where(y => y <= year).DefaultIfEmpty(year).Min();
        var byYear = Enumerable.Range(first, year - first + 1).ToDictionary(y => y, y => LevelsIn(y, items, assessments, tree, programmes, w));
        var now = byYear[year];

        var results = new List<AreaRisk>();
        foreach (var area in tree.All)
        {
            var (level, computed, score, basis, assessment, drivenBy, _) = now[area.Id];
            var history = byYear.Where(y => y.Value[area.Id].Level is not null || y.Key == year)
                .Select(y => new YearLevel(y.Key, y.Value[area.Id].Level)).ToList();
            if (level is null && items.All(i => i.AreaId != area.Id) && drivenBy.Count == 0) continue;
            var previous = byYear.TryGetValue(year - 1, out var last) ? last[area.Id].Level : null;
            var trend = level is null ? RiskTrend.Unknown : previous is null ? RiskTrend.New
                : level > previous ? RiskTrend.Rising : level < previous ? RiskTrend.Falling : RiskTrend.Steady;
            // Turned dangerous: the area's own level (not one lifted by a narrower area) became high after being lower.
            int? turned = null;
            var own = byYear.OrderBy(y => y.Key).Select(y => (y.Key, Level: y.Value[area.Id].Own)).ToList();
            for (var i = own.Count - 1; i >= 0 && own[i].Level == RiskLevel.High; i--) turned = own[i].Key;
            var evidence = items.Where(i => i.AreaId == area.Id && i.Year <= year)
                .Select(i => i.Evidence with { Counts = Math.Round(i.Counts(year, w), 2) })
                .OrderByDescending(e => e.Date, StringComparer.Ordinal).ToList();
            results.Add(new AreaRisk(area.Key, area.Name, level, basis, trend, evidence, assessment is null ? null
                : new AssessmentUsed(assessment.Key, assessment.Year, assessment.Level, assessment.Overrides, assessment.Note,
                    assessment.Citations.Select(c => c.Source is { } s ? $"{s.Title}{(s.Publisher is { Length: > 0 } p ? $" ({p})" : "")}" : c.Locator ?? "")
                        .Where(s => s.Length > 0).Distinct().ToList()), history, turned)
            {
                Score = Math.Round(score, 2), Computed = computed, DrivenBy = drivenBy, Programmes = programmes[area.Id],
            });
        }
        var ordered = results.OrderByDescending(r => r.Level.HasValue).ThenByDescending(r => r.Level).ThenBy(r => r.IssueAreaKey, StringComparer.Ordinal).ToList();
        return new RiskResult(year, (int)Math.Round(w.HalfLifeYears), ordered,
            ordered.Where(r => r.Level == RiskLevel.Low && r.Programmes.Count > 0).ToList(),
            ordered.Where(r => r.TurnedDangerousIn is not null).ToList())
        {
            Weights = w, LowRiskWithoutProgramme = ordered.Where(r => r.Level == RiskLevel.Low && r.Programmes.Count == 0).ToList(),
        };
    }

    private static List<Item> Evidence(IReadOnlyList<Case> cases, RiskInputs inputs, IssueAreaTree tree, RiskWeights w)
    {
        var items = new List<Item>();
        var charged = cases.SelectMany(c => c.Charges.Select(p => p.Id)).ToHashSet();
        foreach (var c in cases)
            foreach (var e in c.Events.Where(e => e.Date is not null && w.Of(e.Kind) != 0))
            {
                var provisions = e.Kind is CaseEventKind.Charge or CaseEventKind.Sentence ? c.Charges.Select(p => p.Label).ToList() : [];
                var weight = w.Of(e.Kind) + (provisions.Count > 0 ? w.ProvisionApplied : 0);
                foreach (var a in c.IssueAreas)
                    items.Add(new Item(a.Id, e.Date!.Value.Year, new RiskEvidence(c.Key, c.PersonName, c.PersonRole, e.Kind, e.Date!.Value.ToString(), tree.Name(a.Id))
                    {
                        Kind = e.Kind == CaseEventKind.Release ? "positive step" : "case",
                        Description = $"{Words.Of(e.Kind)} of {c.PersonName}{(c.PersonRole is null ? "" : $", {c.PersonRole}")}"
                            + (provisions.Count > 0 ? $" under {string.Join(", ", provisions)}" : ""),
                        Provisions = provisions, Weight = weight,
                    }));
            }
        foreach (var i in inputs.Instruments.Where(i => i.Year is not null && IsRestrictive(i, charged)))
            foreach (var areaId in i.Provisions.SelectMany(p => p.IssueAreas.Select(a => a.Id)).Distinct())
                items.Add(new Item(areaId, i.Year!.Value, new RiskEvidence("", "", null, CaseEventKind.Other, i.Year.Value.ToString("D4"), tree.Name(areaId))
                {
                    Kind = "restrictive instrument", Description = $"{i.Title} in force", Weight = w.RestrictiveInstrument,
                    Provisions = i.Provisions.Where(p => p.IssueAreas.Any(a => a.Id == areaId)).Select(p => p.Label).ToList(),
                }, Lasting: true));
        foreach (var c in inputs.Commitments)
            foreach (var done in c.History.Where(h => h.Status == CommitmentStatus.Fulfilled && h.Date is not null))
                foreach (var a in c.IssueAreas)
                    items.Add(new Item(a.Id, done.Date!.Value.Year, new RiskEvidence("", "", null, CaseEventKind.Other, done.Date!.Value.ToString(), tree.Name(a.Id))
                    {
                        Kind = "positive step", Description = $"commitment fulfilled: {c.Title}", Weight = w.Reform,
                    }));
        return items;
    }

    /// <summary>
    /// Restrictive: a provision with vague terms or used in a charge, or a law, decree or directive (instruments that
    /// widen rights are recorded as reforms through the commitments they fulfil, which offset this).
    /// </summary>
    public static bool IsRestrictive(LegalInstrument instrument, IReadOnlySet<int> charged) =>
        instrument.Provisions.Any(p => p.VagueTerms.Count > 0 || charged.Contains(p.Id))
        || instrument.Kind is InstrumentKind.Law or InstrumentKind.Decree or InstrumentKind.Directive;

    private static Dictionary<int, (RiskLevel? Level, RiskLevel? Computed, double Score, string Basis, RiskAssessment? Assessment, IReadOnlyList<string> DrivenBy, RiskLevel? Own)>
        LevelsIn(int year, IReadOnlyList<Item> items, IReadOnlyList<RiskAssessment> assessments, IssueAreaTree tree,
            IReadOnlyDictionary<int, List<string>> programmes, RiskWeights w)
    {
        var own = new Dictionary<int, (RiskLevel? Level, RiskLevel? Computed, double Score, string Basis, RiskAssessment? Assessment)>();
        foreach (var area in tree.All)
        {
            var counted = items.Where(i => i.AreaId == area.Id && i.Year <= year).ToList();
            var score = counted.Sum(i => i.Counts(year, w));
            RiskLevel? computed = counted.Count > 0 ? w.LevelOf(score) : programmes[area.Id].Count > 0 ? RiskLevel.Low : null;
            var basis = counted.Count > 0 ? $"score {score:0.##} from {counted.Count} dated piece{(counted.Count == 1 ? "" : "s")} of evidence"
                : computed is not null ? "no adverse evidence on record; a programme is working in the area" : "nothing on record";
            var assessment = assessments.Where(a => a.IssueAreaId == area.Id && a.Year <= year)
                .OrderByDescending(a => a.Year).ThenByDescending(a => a.Overrides).ThenByDescending(a => a.Level).FirstOrDefault();
            var level = computed;
            var latest = counted.Select(i => i.Year).DefaultIfEmpty(int.MinValue).Max();
            if (assessment is not null && !assessment.Overrides && assessment.Year < latest)
                basis += $"; an analyst's assessment ({Words.Of(assessment.Level)}, {assessment.Year}) is older than the latest evidence and does not adjust it";
            else if (assessment is not null)
            {
                if (assessment.Overrides) { level = assessment.Level; basis += $"; replaced by an analyst's assessment ({Words.Of(assessment.Level)}, {assessment.Year})"; }
                else if (computed is null) { level = assessment.Level; basis = $"an analyst's assessment only ({Words.Of(assessment.Level)}, {assessment.Year}): an opinion, not evidence"; }
                else if (assessment.Level != computed)
                {
                    level = assessment.Level > computed ? computed + 1 : computed - 1;
                    basis += $"; moved one step toward an analyst's assessment ({Words.Of(assessment.Level)}, {assessment.Year})";
                }
            }
            own[area.Id] = (level, computed, score, basis, assessment);
        }
        // A broader area is as risky as its riskiest narrower area; deepest areas first so levels roll up one step at a time.
        var result = new Dictionary<int, (RiskLevel? Level, RiskLevel? Computed, double Score, string Basis, RiskAssessment? Assessment, IReadOnlyList<string> DrivenBy, RiskLevel? Own)>();
        foreach (var area in tree.All.OrderByDescending(a => tree.SelfAndAncestors(a.Id).Count))
        {
            var (level, computed, score, basis, assessment) = own[area.Id];
            var children = tree.All.Where(c => c.ParentId == area.Id).Select(c => (c.Name, result[c.Id].Level)).Where(c => c.Level is not null).ToList();
            var top = children.Select(c => c.Level).DefaultIfEmpty(null).Max();
            IReadOnlyList<string> drivenBy = [];
            var ownLevel = level;
            if (top is not null && top >= RiskLevel.Medium && (level is null || top >= level))
                drivenBy = children.Where(c => c.Level == top).Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
            if (top is not null && (level is null || top > level))
            {
                basis = $"{Words.Of(top.Value)} because of {Join(children.Where(c => c.Level == top).Select(c => c.Name).Order(StringComparer.Ordinal).ToList())}"
                    + (level is null ? "" : $" (its own evidence: {Words.Of(level.Value)}; {basis})");
                level = top;
            }
            else if (drivenBy.Count > 0) basis += $"; also {Words.Of(top!.Value)} in {Join(drivenBy)}";
            result[area.Id] = (level, computed, score, basis, assessment, drivenBy, ownLevel);
        }
        return result;
    }

    private static string Join(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
