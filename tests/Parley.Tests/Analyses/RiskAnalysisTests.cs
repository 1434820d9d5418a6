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

    [Fact]
    public void An_arrest_makes_an_area_high_risk_within_the_window_and_medium_after()
    {
        var cases = new[] { Arrested(Expression, 2023) };

        Assert.Equal(RiskLevel.High, Area(RiskAnalysis.Analyze(cases, [], Areas, 2024, windowYears: 2), "expr").Level);
        Assert.Equal(RiskLevel.Medium, Area(RiskAnalysis.Analyze(cases, [], Areas, 2025, windowYears: 2), "expr").Level);
    }

    [Fact]
    public void Evidence_on_an_area_reaches_its_parent_and_names_the_case()
    {
        var r = RiskAnalysis.Analyze([Arrested(Expression, 2023, "hong")], [], Areas, 2023);

        Assert.Equal(RiskLevel.High, Area(r, "cp").Level);
        Assert.Equal("hong", Area(r, "cp").Evidence.Single().CaseKey);
        Assert.Equal("Freedom of expression", Area(r, "cp").Evidence.Single().ThroughArea);
    }

    [Fact]
    public void A_case_under_a_child_and_its_parent_counts_once_for_the_parent()
    {
        var both = Arrested(Expression, 2023);
        both.IssueAreas.Add(CivilPolitical);

        Assert.Single(Area(RiskAnalysis.Analyze([both], [], Areas, 2023), "cp").Evidence);
    }

    [Fact]
    public void A_low_assessment_adds_an_entry_point_but_an_arrest_outweighs_it_unless_it_overrides()
    {
        var low = Assessed(Women, 2024, RiskLevel.Low);
        Assert.Contains(RiskAnalysis.Analyze([], [low], Areas, 2024).EntryPoints, a => a.IssueAreaKey == "women");

        var withArrest = RiskAnalysis.Analyze([Arrested(Women, 2024)], [low], Areas, 2024);
        Assert.Equal(RiskLevel.High, Area(withArrest, "women").Level);
        Assert.Empty(withArrest.EntryPoints);

        var overriding = RiskAnalysis.Analyze([Arrested(Women, 2024)], [Assessed(Women, 2024, RiskLevel.Low, overrides: true)], Areas, 2024);
        Assert.Equal(RiskLevel.Low, Area(overriding, "women").Level);
        Assert.Equal("assessment overriding evidence", Area(overriding, "women").Basis);
    }

    [Fact]
    public void An_area_with_nothing_on_record_is_not_given_a_level()
    {
        var r = RiskAnalysis.Analyze([], [], Areas, 2024);

        Assert.Empty(r.Areas);
        Assert.Empty(r.EntryPoints);
    }

    [Fact]
    public void An_area_that_became_high_risk_is_listed_as_turned_dangerous_with_the_year_and_a_rising_trend()
    {
        var r = RiskAnalysis.Analyze([Arrested(Expression, 2023)], [Assessed(Expression, 2020, RiskLevel.Low)], Areas, 2023);

        Assert.Equal(2023, Area(r, "expr").TurnedDangerousIn);
        Assert.Equal(RiskTrend.Rising, Area(r, "expr").Trend);
        Assert.Contains(r.TurnedDangerous, a => a.IssueAreaKey == "expr");
    }
}
