using Parley.Domain;
using Parley.Features.FollowUp;
using static Parley.Tests.Features.FollowUp.FollowUpExamples;

namespace Parley.Tests.Features.FollowUp;

/// <summary>The one rule that derives the implementation state: the last reviewed report wins; a silent overdue action means no information.</summary>
public class ImplementationRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void Nothing_reported_is_no_information()
    {
        Assert.Equal(ImplementationState.NoInformation, ImplementationRule.Derive(Assignment(), Today));
    }

    [Fact]
    public void The_latest_reviewed_report_wins_over_an_earlier_one_recorded_later()
    {
        var a = Assignment();
        a.Reports.Add(Report(1, new DateOnly(2026, 5, 1), ImplementationState.PartiallyImplemented));
        a.Reports.Add(Report(2, new DateOnly(2026, 3, 1), ImplementationState.NotStarted));
        Assert.Equal(ImplementationState.PartiallyImplemented, ImplementationRule.Derive(a, Today));
    }

    [Fact]
    public void On_the_same_day_the_report_recorded_last_wins()
    {
        var a = Assignment();
        a.Reports.Add(Report(1, new DateOnly(2026, 5, 1), ImplementationState.Implemented));
        a.Reports.Add(Report(2, new DateOnly(2026, 5, 1), ImplementationState.Regressed));
        Assert.Equal(ImplementationState.Regressed, ImplementationRule.Derive(a, Today));
    }

    [Fact]
    public void An_unreviewed_report_does_not_count_until_it_is_reviewed()
    {
        var a = Assignment();
        a.Reports.Add(Report(1, new DateOnly(2026, 2, 1), ImplementationState.InProgress));
        a.Reports.Add(Report(2, new DateOnly(2026, 5, 1), ImplementationState.Implemented, reviewed: false));
        Assert.Equal(ImplementationState.InProgress, ImplementationRule.Derive(a, Today));
        a.Reports[1].Reviewed = true;
        Assert.Equal(ImplementationState.Implemented, ImplementationRule.Derive(a, Today));
    }

    [Fact]
    public void An_action_past_its_target_date_with_no_report_makes_it_no_information_from_the_next_day()
    {
        var a = Assignment();
        a.Actions.Add(Action(1, Today));
        a.Reports.Add(Report(1, new DateOnly(2026, 5, 1), ImplementationState.InProgress));
        // Due today is not yet overdue.
        Assert.Equal(ImplementationState.InProgress, ImplementationRule.Derive(a, Today));
        Assert.Equal(ImplementationState.NoInformation, ImplementationRule.Derive(a, Today.AddDays(1)));
        // Any report on the action, even one not reviewed yet, breaks the silence.
        a.Reports.Add(Report(2, Today, ImplementationState.InProgress, reviewed: false, action: 1));
        Assert.Equal(ImplementationState.InProgress, ImplementationRule.Derive(a, Today.AddDays(1)));
    }

    [Fact]
    public void An_action_without_a_target_date_is_never_overdue()
    {
        var a = Assignment();
        a.Actions.Add(Action(1, null));
        a.Reports.Add(Report(1, new DateOnly(2020, 1, 1), ImplementationState.Implemented));
        Assert.Equal(ImplementationState.Implemented, ImplementationRule.Derive(a, new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public void Assignments_covering_one_recommendation_are_taken_together()
    {
        var direct = Assignment("direct");
        direct.Reports.Add(Report(1, new DateOnly(2026, 1, 1), ImplementationState.InProgress));
        var cluster = Assignment("cluster");
        cluster.Reports.Add(Report(1, new DateOnly(2026, 4, 1), ImplementationState.PartiallyImplemented));
        Assert.Equal(ImplementationState.PartiallyImplemented, ImplementationRule.Derive([direct, cluster], Today));
        cluster.Actions.Add(Action(1, new DateOnly(2026, 6, 1)));
        Assert.Equal(ImplementationState.NoInformation, ImplementationRule.Derive([direct, cluster], Today));
    }
}
