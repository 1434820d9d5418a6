using Parley.Domain;
using Parley.Features.Dashboard;

namespace Parley.Tests.Features.Dashboard;

public class AttentionTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static Commitment Commitment(string key, PartialDate? deadline, params CommitmentStatus[] history) => new()
    {
        Key = key, Title = key, Deadline = deadline,
        History = history.Select((s, i) => new CommitmentStatusChange { Status = s, Date = new PartialDate(2020 + i) }).ToList(),
    };

    [Fact]
    public void A_deadline_given_as_a_year_runs_to_31_December_so_it_is_not_yet_overdue_in_June()
    {
        var due = Attention.DueCommitments([Commitment("year", new PartialDate(2025), CommitmentStatus.Open)], Today);

        Assert.Empty(due);
    }

    [Fact]
    public void Overdue_and_soon_due_open_commitments_are_listed_most_overdue_first()
    {
        var due = Attention.DueCommitments(
        [
            Commitment("soon", new PartialDate(2025, 8, 1), CommitmentStatus.Open),
            Commitment("late", new PartialDate(2025, 3), CommitmentStatus.InProgress),
            Commitment("far", new PartialDate(2026, 1, 1), CommitmentStatus.Open),
            Commitment("undated", null, CommitmentStatus.Open),
        ], Today);

        Assert.Equal(["late", "soon"], due.Select(d => d.Commitment.Key));
        Assert.True(due[0].Overdue);
        Assert.Equal(-76, due[0].DaysLeft);
        Assert.Equal(47, due[1].DaysLeft);
    }

    [Fact]
    public void A_commitment_whose_latest_status_is_fulfilled_no_longer_needs_attention()
    {
        var due = Attention.DueCommitments(
        [
            Commitment("done", new PartialDate(2025, 1), CommitmentStatus.Open, CommitmentStatus.Fulfilled),
            Commitment("reopened", new PartialDate(2025, 1), CommitmentStatus.Fulfilled, CommitmentStatus.Stalled),
        ], Today);

        Assert.Equal(["reopened"], due.Select(d => d.Commitment.Key));
        Assert.Equal(CommitmentStatus.Stalled, due[0].Status);
    }

    [Fact]
    public void The_last_round_is_the_latest_held_and_the_next_the_earliest_planned()
    {
        var (last, next) = Attention.LastAndNext(
        [
            new Round { Key = "r1", Status = RoundStatus.Held, Date = new PartialDate(2019) },
            new Round { Key = "r2", Status = RoundStatus.Held, Date = new PartialDate(2023, 5) },
            new Round { Key = "undated-plan", Status = RoundStatus.Planned },
            new Round { Key = "plan", Status = RoundStatus.Planned, Date = new PartialDate(2025, 11) },
        ]);

        Assert.Equal("r2", last?.Key);
        Assert.Equal("plan", next?.Key);
    }
}
