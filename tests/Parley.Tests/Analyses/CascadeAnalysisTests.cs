using Parley.Analyses.Cascade;
using Parley.Domain;

namespace Parley.Tests.Analyses;

public class CascadeAnalysisTests
{
    private static readonly Party Us = new() { Id = 1, Key = "us", Name = "United States" };
    private static readonly Party Vn = new() { Id = 2, Key = "vn", Name = "Vietnam" };
    private static readonly Party Eu = new() { Id = 3, Key = "eu", Name = "European Union" };
    private static readonly IssueArea Labour = new() { Id = 10, Key = "labour", Name = "Labour rights" };
    private static readonly IssueArea Unions = new() { Id = 11, Key = "unions", Name = "Trade unions", ParentId = 10 };
    private static readonly IssueArea[] Areas = [Labour, Unions];

    private static Framework Trade(int id = 1, string key = "trade") => new()
    {
        Id = id, Key = key, Name = key, Members = [Us, Vn],
        Leverage = [new FrameworkLeverage { IssueAreaId = Labour.Id, Note = "labour chapter" }],
    };

    private static Commitment Promise(int id, string key, params CommitmentStatusChange[] history) => new()
    {
        Id = id, Key = key, Title = key, Party = Vn, PartyId = Vn.Id, IssueAreas = [Labour],
        History = history.Length == 0 ? [new CommitmentStatusChange { Status = CommitmentStatus.Open }] : [.. history],
    };

    private static readonly DateOnly Day = new(2017, 1, 23);

    [Fact]
    public void Leaving_a_framework_lapses_the_commitments_on_it_and_those_resting_on_them()
    {
        var trade = Trade();
        var plan = Promise(1, "plan");
        plan.Frameworks.Add(trade);
        var law = Promise(2, "law");
        law.DependsOn.Add(plan);

        var r = CascadeAnalysis.Analyze(trade, Us, Day, Day, [plan, law], [trade], Areas);

        Assert.Equal(["plan", "law"], r.Lapsed.Select(l => l.Key));
        Assert.Equal(["trade", "plan", "law"], r.Lapsed[1].Path);
        Assert.False(r.Lapsed[1].Direct);
        Assert.Equal(2, r.LeverageLost.Single().CommitmentsLapsed);
    }

    [Fact]
    public void A_cycle_of_dependencies_ends_with_each_commitment_lapsing_once()
    {
        var trade = Trade();
        var a = Promise(1, "a");
        var b = Promise(2, "b");
        a.Frameworks.Add(trade);
        a.DependsOn.Add(b);
        b.DependsOn.Add(a);

        var r = CascadeAnalysis.Analyze(trade, Us, Day, Day, [a, b], [trade], Areas);

        Assert.Equal(["a", "b"], r.Lapsed.Select(l => l.Key).Order());
    }

    [Fact]
    public void A_commitment_fulfilled_before_the_withdrawal_is_spared()
    {
        var trade = Trade();
        var done = Promise(1, "done", new CommitmentStatusChange { Status = CommitmentStatus.Fulfilled, Date = new PartialDate(2016) });
        done.Frameworks.Add(trade);

        var r = CascadeAnalysis.Analyze(trade, Us, Day, Day, [done], [trade], Areas);

        Assert.Empty(r.Lapsed);
        Assert.Contains("fulfilled", r.Spared.Single().Reason);
    }

    [Fact]
    public void The_recorded_withdrawal_date_is_used_when_none_is_given()
    {
        var trade = Trade();
        trade.Events.Add(new FrameworkEvent { Kind = FrameworkEventKind.Withdrawal, PartyId = Us.Id, Date = new PartialDate(2017, 1, 23) });
        var plan = Promise(1, "plan");
        plan.Frameworks.Add(trade);

        var r = CascadeAnalysis.Analyze(trade, Us, null, new DateOnly(2030, 1, 1), [plan], [trade], Areas);

        Assert.Equal(Day, r.Date);
        Assert.True(r.WithdrawalOnRecord);
        Assert.Single(r.Lapsed);
    }

    [Fact]
    public void A_party_that_is_not_a_member_changes_nothing()
    {
        var trade = Trade();
        var plan = Promise(1, "plan");
        plan.Frameworks.Add(trade);

        var r = CascadeAnalysis.Analyze(trade, Eu, Day, Day, [plan], [trade], Areas);

        Assert.Empty(r.Lapsed);
        Assert.Contains(r.Notes, n => n.Contains("not on record as a member"));
    }

    [Fact]
    public void Leverage_on_a_parent_area_reaches_a_child_and_a_withdrawal_marks_the_lever_weakened()
    {
        var trade = Trade();
        trade.Events.Add(new FrameworkEvent { Kind = FrameworkEventKind.Withdrawal, PartyId = Us.Id, Date = new PartialDate(2017) });
        var other = Trade(2, "other");

        var r = LeverageAnalysis.Analyze(Unions, [trade, other], [], Areas, [Us, Vn]);

        Assert.Equal(["other", "trade"], r.Levers.Select(l => l.Key));
        Assert.StartsWith("through", r.Levers[0].Reach);
        Assert.False(r.Levers[1].Active);
        Assert.Contains("United States withdrew 2017", r.Levers[1].Withdrawals);
    }

    private static FrameworkEvent Event(FrameworkEventKind kind, int year, int month = 1, int day = 1, Party? party = null) =>
        new() { Kind = kind, Date = PartialDate.Parse($"{year:D4}-{month:D2}-{day:D2}"), PartyId = party?.Id };

    [Fact]
    public void Before_a_framework_is_signed_leaving_it_annuls_nothing_and_after_signing_it_does()
    {
        var trade = Trade();
        trade.Events.AddRange([Event(FrameworkEventKind.Negotiation, 2013), Event(FrameworkEventKind.Signature, 2016, 2, 4),
            Event(FrameworkEventKind.Withdrawal, 2017, 1, 23, Us)]);
        var plan = Promise(1, "plan");
        plan.Frameworks.Add(trade);

        var before = CascadeAnalysis.Analyze(trade, Us, new DateOnly(2015, 1, 1), Day, [plan], [trade], Areas);
        var after = CascadeAnalysis.Analyze(trade, Us, new DateOnly(2016, 6, 1), Day, [plan], [trade], Areas);

        Assert.True(before.NothingToAnnul);
        Assert.Equal(FrameworkStage.Negotiated, before.Stage);
        Assert.Empty(before.Lapsed);
        Assert.Empty(before.LeverageLost);
        Assert.Contains(before.Notes, n => n.StartsWith("Nothing to annul: on 2015-01-01 trade was negotiated since 2013-01-01", StringComparison.Ordinal));
        Assert.False(after.NothingToAnnul);
        Assert.Equal(FrameworkStage.Signed, after.Stage);
        Assert.Equal(["plan"], after.Lapsed.Select(l => l.Key));
    }

    [Fact]
    public void Leaving_a_mere_proposal_annuls_nothing()
    {
        var proposal = Trade();
        proposal.Events.Add(new FrameworkEvent { Kind = FrameworkEventKind.Proposal });
        var plan = Promise(1, "plan");
        plan.Frameworks.Add(proposal);

        var r = CascadeAnalysis.Analyze(proposal, Us, Day, Day, [plan], [proposal], Areas);

        Assert.True(r.NothingToAnnul);
        Assert.Equal("proposed (date not on record)", r.StageText);
    }

    [Fact]
    public void The_leverage_view_as_of_a_date_lists_levers_in_force_and_pending_ones_separately()
    {
        var agreement = Trade(1, "agreement");
        agreement.Events.AddRange([Event(FrameworkEventKind.Signature, 2016), Event(FrameworkEventKind.EntryIntoForce, 2018)]);
        var proposal = Trade(2, "proposal");
        proposal.Events.Add(new FrameworkEvent { Kind = FrameworkEventKind.Proposal });
        var left = Trade(3, "left");
        left.Events.AddRange([Event(FrameworkEventKind.Signature, 2016), Event(FrameworkEventKind.Withdrawal, 2017, party: Us)]);
        LeverageResult At(int year) => LeverageAnalysis.Analyze(Labour, [agreement, proposal, left], [], Areas, [Us, Vn], new DateOnly(year, 6, 1));

        Assert.Equal(["proposal"], At(2015).Pending.Select(l => l.Key));
        Assert.Empty(At(2015).InForce);
        Assert.Equal(["agreement", "left", "proposal"], At(2016).Pending.Select(l => l.Key).Order());
        Assert.Equal(["agreement"], At(2019).InForce.Select(l => l.Key));
        Assert.Equal(["proposal"], At(2019).Pending.Select(l => l.Key));
        Assert.Equal(FrameworkStage.NeverInForce, At(2019).Lost.Single().Stage);
        Assert.False(At(2019).Levers.Single(l => l.Key == "proposal").Active);
    }
}
