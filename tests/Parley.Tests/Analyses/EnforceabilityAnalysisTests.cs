using Parley.Analyses.Enforceability;
using Parley.Domain;

namespace Parley.Tests.Analyses;

public class EnforceabilityAnalysisTests
{
    private static readonly Party Vn = new() { Id = 1, Key = "vn", Name = "Vietnam" };
    private static readonly Party Us = new() { Id = 2, Key = "us", Name = "United States" };
    private static readonly IssueArea Labour = new() { Id = 10, Key = "labour", Name = "Labour rights" };
    private static readonly DateOnly AsOf = new(2025, 6, 1);

    private static Commitment Bare(int id, string key, params CommitmentStatusChange[] history) => new()
    {
        Id = id, Key = key, Title = key, Party = Vn, PartyId = Vn.Id, IssueAreas = [Labour], History = [.. history],
    };

    private static CommitmentScore Only(params Commitment[] commitments) =>
        EnforceabilityAnalysis.Analyze(commitments, [], [Labour], AsOf).Commitments[0];

    [Fact]
    public void A_commitment_with_every_element_scores_full_and_lacks_nothing()
    {
        var c = Bare(1, "full");
        (c.OwnerInstitutionId, c.Steps, c.Deadline, c.Indicator, c.Verification, c.Instrument) =
            (5, ["draft", "pass"], new PartialDate(2026), "unions registered", "ILO review", BindingInstrument.Treaty);

        var s = Only(c);

        Assert.Equal(1.0, s.Score);
        Assert.Empty(s.Lacks);
        Assert.Equal((4, 2), (s.Concreteness, s.Enforceability));
    }

    [Fact]
    public void A_joint_statement_with_nothing_else_lacks_every_element_including_a_binding_instrument()
    {
        var c = Bare(1, "vague");
        c.Instrument = BindingInstrument.JointStatement;

        var s = Only(c);

        Assert.Equal(0.0, s.Score);
        Assert.Contains(Criterion.BindingInstrument, s.Lacks);
        Assert.Equal(6, s.Lacks.Count);
    }

    [Fact]
    public void An_open_commitment_past_its_deadline_is_overdue_but_a_fulfilled_one_is_not()
    {
        var open = Bare(1, "open", new CommitmentStatusChange { Status = CommitmentStatus.Open });
        open.Deadline = new PartialDate(2024);
        var done = Bare(2, "done", new CommitmentStatusChange { Status = CommitmentStatus.Fulfilled });
        done.Deadline = new PartialDate(2024);

        var r = EnforceabilityAnalysis.Analyze([open, done], [], [Labour], AsOf);

        Assert.Contains(r.Commitments.Single(c => c.Key == "open").Flags, f => f.Kind == FlagKind.Overdue);
        Assert.Empty(r.Commitments.Single(c => c.Key == "done").Flags);
    }

    [Fact]
    public void Raised_in_two_rounds_without_progress_is_stalled_and_progress_clears_it()
    {
        CommitmentStatusChange At(int round, CommitmentStatus status) => new() { Status = status, RoundId = round };
        var stuck = Bare(1, "stuck", At(1, CommitmentStatus.Open), At(2, CommitmentStatus.Open));
        var moving = Bare(2, "moving", At(1, CommitmentStatus.Open), At(2, CommitmentStatus.InProgress));

        var r = EnforceabilityAnalysis.Analyze([stuck, moving], [], [Labour], AsOf);

        Assert.Contains(r.Commitments.Single(c => c.Key == "stuck").Flags, f => f.Kind == FlagKind.Stalled);
        Assert.DoesNotContain(r.Commitments.Single(c => c.Key == "moving").Flags, f => f.Kind == FlagKind.Stalled);
    }

    [Fact]
    public void A_recorded_withdrawal_lapses_dependents_even_through_a_cycle()
    {
        var trade = new Framework { Id = 1, Key = "trade", Name = "Trade", Members = [Us, Vn] };
        trade.Events.Add(new FrameworkEvent { Kind = FrameworkEventKind.Withdrawal, PartyId = Us.Id, Date = new PartialDate(2017) });
        var a = Bare(1, "a", new CommitmentStatusChange { Status = CommitmentStatus.Open });
        var b = Bare(2, "b", new CommitmentStatusChange { Status = CommitmentStatus.Open });
        a.Frameworks.Add(trade);
        a.DependsOn.Add(b);
        b.DependsOn.Add(a);

        var r = EnforceabilityAnalysis.Analyze([a, b], [trade], [Labour], AsOf);

        Assert.All(r.Commitments, c => Assert.Contains(c.Flags, f => f.Kind == FlagKind.Lapsed));
        Assert.Equal(2, r.RollUps.Single(x => x.Dimension == "party").Lapsed);
    }

    [Fact]
    public void The_filter_keeps_only_the_commitments_asked_for_in_the_roll_ups()
    {
        var mine = Bare(1, "mine");
        var theirs = Bare(2, "theirs");
        (theirs.Party, theirs.PartyId) = (Us, Us.Id);

        var r = EnforceabilityAnalysis.Analyze([mine, theirs], [], [Labour], AsOf, c => c.PartyId == Vn.Id);

        Assert.Equal(["mine"], r.Commitments.Select(c => c.Key));
        Assert.Equal(["vn"], r.RollUps.Where(x => x.Dimension == "party").Select(x => x.Key));
    }
}
