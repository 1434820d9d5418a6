using Parley.Analyses.Risk;
using Parley.Domain;

namespace Parley.Tests.Analyses;

public class RiskAnalysisTests
{
    private static readonly IssueArea CivilPolitical = new() { Id = 1, Key = "cp", Name = "Civil and political rights" };
    private static readonly IssueArea Expression = new() { Id = 2, Key = "expr", Name = "Freedom of expression", ParentId = 1 };
    private static readonly IssueArea Women = new() { Id = 3, Key = "women", Name = "Women's rights" };
    private static readonly IssueArea[] Areas = [CivilPolitical, Expression, Women];

    private static Case Arrested(IssueArea area, int year, string key = "case") => new()
    {
        Id = 1, Key = key, PersonName = "A. Person", IssueAreas = [area],
        Events = [new CaseEvent { Kind = CaseEventKind.Arrest, Date = new PartialDate(year) }],
    };

    private static RiskAssessment Assessed(IssueArea area, int year, RiskLevel level, bool overrides = false) => new()
    {
        Id = 1, Key = $"a-{area.Key}", IssueAreaId = area.Id, Year = year, Level = level, Overrides = overrides,
    };

    private static AreaRisk Area(RiskResult r, string key) => r.Areas.Single(a => a.IssueAreaKey == key);

    private static Case Released(Case c, int year)
    {
        c.Events.Add(new CaseEvent { Kind = CaseEventKind.Release, Date = new PartialDate(year) });
        return c;
    }

    private static RiskResult Analyze(IReadOnlyList<Case> cases, IReadOnlyList<RiskAssessment> assessments, int year, RiskInputs? inputs = null) =>
        RiskAnalysis.Analyze(cases, assessments, Areas, year, inputs ?? RiskInputs.None);

    [Fact]
    public void An_arrest_makes_an_area_high_risk_and_its_weight_halves_every_half_life()
    {
        var cases = new[] { Arrested(Expression, 2023) };

        Assert.Equal(RiskLevel.High, Area(Analyze(cases, [], 2023), "expr").Level);
        Assert.Equal(3, Area(Analyze(cases, [], 2023), "expr").Score);
        Assert.Equal(1.5, Area(Analyze(cases, [], 2026), "expr").Score);
        Assert.Equal(RiskLevel.Medium, Area(Analyze(cases, [], 2026), "expr").Level);
        Assert.Equal(RiskLevel.Low, Area(Analyze(cases, [], 2030), "expr").Level);
    }

    [Fact]
    public void A_broader_area_names_the_narrower_areas_that_drive_it_and_does_not_claim_to_have_turned_dangerous()
    {
        var r = Analyze([Arrested(Expression, 2023, "hong")], [], 2023);

        var cp = Area(r, "cp");
        Assert.Equal(RiskLevel.High, cp.Level);
        Assert.Equal(["Freedom of expression"], cp.DrivenBy);
        Assert.StartsWith("high because of Freedom of expression", cp.Basis);
        Assert.Empty(cp.Evidence);
        Assert.Null(cp.TurnedDangerousIn);
        Assert.Equal(["expr"], r.TurnedDangerous.Select(a => a.IssueAreaKey));
        Assert.Equal("hong", Area(r, "expr").Evidence.Single().CaseKey);
    }

    [Fact]
    public void A_release_is_a_positive_step_that_lowers_the_score()
    {
        var held = Arrested(Expression, 2023);
        var released = Released(Arrested(Expression, 2023), 2024);

        Assert.True(Area(Analyze([released], [], 2024), "expr").Score < Area(Analyze([held], [], 2024), "expr").Score);
        Assert.Equal("positive step", Area(Analyze([released], [], 2024), "expr").Evidence.First().Kind);
    }

    [Fact]
    public void A_restrictive_decree_entering_into_force_raises_its_areas_and_a_charge_names_the_provision_applied()
    {
        var article = new Provision { Id = 7, Key = "art-117", Label = "Article 117", IssueAreas = [Expression] };
        var decree = new LegalInstrument { Id = 1, Key = "decree", Title = "Decree 53", Kind = InstrumentKind.Decree, Year = 2022, Provisions = [article] };
        var inputs = new RiskInputs([decree], [], []);
        var charged = Arrested(Expression, 2023);
        charged.Charges.Add(article);
        charged.Events.Add(new CaseEvent { Kind = CaseEventKind.Charge, Date = new PartialDate(2023) });

        var r = Analyze([charged], [], 2023, inputs);

        var expr = Area(r, "expr");
        Assert.Contains(expr.Evidence, e => e.Kind == "restrictive instrument" && e.Description == "Decree 53 in force");
        var charge = expr.Evidence.Single(e => e.Event == CaseEventKind.Charge);
        Assert.Equal(["Article 117"], charge.Provisions);
        Assert.Equal(3, charge.Weight);
        Assert.True(expr.Score > Area(Analyze([Arrested(Expression, 2023)], [], 2023), "expr").Score);
    }

    [Fact]
    public void An_assessment_is_a_cited_opinion_that_moves_the_computed_level_one_step_and_only_replaces_it_when_marked_so()
    {
        var low = Assessed(Women, 2024, RiskLevel.Low);
        Assert.Contains(Analyze([], [low], 2024).LowRiskWithoutProgramme, a => a.IssueAreaKey == "women");
        Assert.StartsWith("an analyst's assessment only", Area(Analyze([], [low], 2024), "women").Basis);

        var withArrest = Analyze([Arrested(Women, 2024)], [low], 2024);
        Assert.Equal(RiskLevel.High, Area(withArrest, "women").Computed);
        Assert.Equal(RiskLevel.Medium, Area(withArrest, "women").Level);
        Assert.Contains("moved one step toward an analyst's assessment", Area(withArrest, "women").Basis);
        Assert.Empty(withArrest.LowRiskWithoutProgramme);

        var overriding = Analyze([Arrested(Women, 2024)], [Assessed(Women, 2024, RiskLevel.Low, overrides: true)], 2024);
        Assert.Equal(RiskLevel.Low, Area(overriding, "women").Level);
        Assert.Contains("replaced by an analyst's assessment", Area(overriding, "women").Basis);
    }

    [Fact]
    public void An_area_with_nothing_on_record_is_not_given_a_level()
    {
        var r = Analyze([], [], 2024);

        Assert.Empty(r.Areas);
        Assert.Empty(r.EntryPoints);
    }

    [Fact]
    public void An_area_whose_own_evidence_became_high_is_listed_as_turned_dangerous_and_an_older_assessment_does_not_hold_it_down()
    {
        var r = Analyze([Arrested(Expression, 2023)], [Assessed(Expression, 2020, RiskLevel.Low)], 2023);

        Assert.Equal(RiskLevel.High, Area(r, "expr").Level);
        Assert.Equal(2023, Area(r, "expr").TurnedDangerousIn);
        Assert.Equal(RiskTrend.Rising, Area(r, "expr").Trend);
        Assert.Contains(r.TurnedDangerous, a => a.IssueAreaKey == "expr");
    }

    [Fact]
    public void Adding_a_2025_case_raises_the_area_in_2025_and_removing_it_restores_the_level()
    {
        var earlier = Arrested(Expression, 2019, "old");
        var before = Area(Analyze([earlier], [], 2025), "expr");
        var added = Area(Analyze([earlier, Arrested(Expression, 2025, "new")], [], 2025), "expr");
        var after = Area(Analyze([earlier], [], 2025), "expr");

        Assert.Equal(RiskLevel.Low, before.Level);
        Assert.Equal(RiskLevel.High, added.Level);
        Assert.Equal((before.Level, before.Score), (after.Level, after.Score));
    }

    [Fact]
    public void Low_risk_areas_with_a_programme_are_entry_points_and_those_without_are_listed_apart()
    {
        var programme = new Programme { Id = 1, Key = "aba", Name = "Legal education programme", IssueAreas = [Women], StartYear = 2009 };
        var economic = new IssueArea { Id = 4, Key = "econ", Name = "Economic rights" };
        var areas = Areas.Append(economic).ToList();

        var r = RiskAnalysis.Analyze([], [Assessed(economic, 2024, RiskLevel.Low)], areas, 2024, new RiskInputs([], [], [programme]));

        Assert.Equal(["women"], r.EntryPoints.Select(a => a.IssueAreaKey));
        Assert.Equal(["econ"], r.LowRiskWithoutProgramme.Select(a => a.IssueAreaKey));
        Assert.Equal(["Legal education programme"], r.EntryPoints[0].Programmes);
        Assert.Contains("a programme is working in the area", r.EntryPoints[0].Basis);
    }
}
