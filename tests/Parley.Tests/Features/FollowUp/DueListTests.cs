using Parley.Domain;
using Parley.Features.FollowUp;
using static Parley.Tests.Features.FollowUp.FollowUpExamples;
using Parley.Store;

namespace Parley.Tests.Features.FollowUp;

/// <summary>What is due, at the edges of the days: today, the last day looked at, the day after a target, month ends, time zones.</summary>
public class DueListTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void An_action_due_today_is_due_not_overdue_and_overdue_the_next_day()
    {
        var a = Assignment();
        a.Actions.Add(Action(1, Today));
        var today = Assert.Single(DueList.Find([a], Today, 0));
        Assert.Equal((DueStatus.DueSoon, 0), (today.Status, today.DaysLeft));
        var tomorrow = Assert.Single(DueList.Find([a], Today.AddDays(1), 0));
        Assert.Equal((DueStatus.Overdue, -1), (tomorrow.Status, tomorrow.DaysLeft));
    }

    [Fact]
    public void The_window_includes_its_last_day_and_not_the_one_after()
    {
        var a = Assignment();
        a.Actions.Add(Action(1, Today.AddDays(30)));
        a.Actions.Add(Action(2, Today.AddDays(31)));
        var due = Assert.Single(DueList.Find([a], Today, 30));
        Assert.Equal(1, due.Number);
        Assert.Equal(30, due.DaysLeft);
    }

    [Fact]
    public void An_action_reported_implemented_leaves_the_list_but_one_in_progress_stays_overdue()
    {
        var a = Assignment();
        a.Actions.Add(Action(1, new DateOnly(2026, 3, 31)));
        a.Actions.Add(Action(2, new DateOnly(2026, 3, 31)));
        a.Reports.Add(Report(1, new DateOnly(2026, 3, 30), ImplementationState.Implemented, reviewed: false, action: 1));
        a.Reports.Add(Report(2, new DateOnly(2026, 3, 30), ImplementationState.InProgress, action: 2));
        var due = Assert.Single(DueList.Find([a], Today, 30));
        Assert.Equal((2, DueStatus.Overdue), (due.Number, due.Status));
    }

    [Fact]
    public void An_indicator_is_due_one_period_after_its_last_report_and_unreported_the_day_after()
    {
        var a = Assignment(assignedOn: new DateOnly(2025, 11, 30));
        a.Indicators.Add(new FollowUpIndicator { Number = 1, Measure = "m", Frequency = ReportingFrequency.Quarterly });
        // Never reported: three months after it was assigned; 30 November plus three months is the last day of February.
        var first = Assert.Single(DueList.Find([a], new DateOnly(2026, 2, 28), 0));
        Assert.Equal((new DateOnly(2026, 2, 28), DueStatus.DueSoon), (first.DueOn, first.Status));
        Assert.Equal(DueStatus.NotReported, Assert.Single(DueList.Find([a], new DateOnly(2026, 3, 1), 0)).Status);
        a.Reports.Add(Report(1, new DateOnly(2026, 3, 10), ImplementationState.InProgress, indicator: 1));
        Assert.Empty(DueList.Find([a], new DateOnly(2026, 6, 9), 0));
        Assert.Equal(new DateOnly(2026, 6, 10), Assert.Single(DueList.Find([a], new DateOnly(2026, 6, 9), 1)).DueOn);
    }

    [Fact]
    public void Today_is_the_calendar_day_in_the_store_time_zone()
    {
        // 23:30 UTC on 30 June is already 1 July in Hanoi (UTC+7) and still 30 June in New York.
        var now = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);
        var hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(new DateOnly(2026, 7, 1), StoreClock.Today(now, hanoi));
        Assert.Equal(new DateOnly(2026, 6, 30), StoreClock.Today(now, newYork));
        Assert.Equal(new DateOnly(2026, 6, 30), StoreClock.Today(now, TimeZoneInfo.Utc));

        var a = Assignment();
        a.Actions.Add(Action(1, new DateOnly(2026, 6, 30)));
        Assert.Equal(DueStatus.Overdue, Assert.Single(DueList.Find([a], StoreClock.Today(now, hanoi), 0)).Status);
        Assert.Equal(DueStatus.DueSoon, Assert.Single(DueList.Find([a], StoreClock.Today(now, newYork), 0)).Status);
    }

    [Fact]
    public void A_person_sees_what_names_them_and_what_their_institution_leads_or_supports()
    {
        var theirs = Assignment("theirs");
        theirs.People.Add(new FollowUpPerson { Name = "Lan", UserName = "lan", InstitutionId = Molisa.Id, Institution = Molisa });
        var sameInstitution = Assignment("same-institution");
        var other = Assignment("other");
        other.LeadInstitution = Justice;
        var emailed = Assignment("emailed");
        emailed.LeadInstitution = Justice;
        emailed.People.Add(new FollowUpPerson { Name = "Lan", Email = "LAN@example.org" });

        var seen = DueList.Of([theirs, sameInstitution, other, emailed], "lan", "lan@example.org").Select(a => a.Key);
        Assert.Equal(["theirs", "same-institution", "emailed"], seen);
        Assert.Empty(DueList.Of([theirs, sameInstitution, other, emailed], "someone-else", null));
        Assert.Equal(["other", "emailed"], DueList.OfInstitution([theirs, sameInstitution, other, emailed], "vn-moj").Select(a => a.Key));
    }
}
