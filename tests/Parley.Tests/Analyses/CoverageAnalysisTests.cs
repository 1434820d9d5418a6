using Parley.Analyses.Coverage;
using Parley.Domain;

namespace Parley.Tests.Analyses;

public class CoverageAnalysisTests
{
    private static readonly Party Vn = new() { Id = 1, Key = "vn", Name = "Vietnam" };
    private static readonly Party Us = new() { Id = 2, Key = "us", Name = "United States" };
    private static readonly IssueArea CivilPolitical = new() { Id = 10, Key = "cp", Name = "Civil and political rights" };
    private static readonly IssueArea Expression = new() { Id = 11, Key = "expr", Name = "Freedom of expression", ParentId = 10 };
    private static readonly IssueArea Labour = new() { Id = 12, Key = "labour", Name = "Labour rights" };
    private static readonly IssueArea[] Areas = [CivilPolitical, Expression, Labour];

    private static Institution Body(int id, string key, Party party, params (Power Power, int? Area)[] powers) => new()
    {
        Id = id, Key = key, Name = key.ToUpperInvariant(), PartyId = party.Id,
        Powers = powers.Select(p => new InstitutionPower { Power = p.Power, IssueAreaId = p.Area }).ToList(),
    };

    private static readonly Institution Diplomats = Body(1, "mfa", Vn, (Power.Negotiate, 10));
    private static readonly Institution Police = Body(2, "mps", Vn, (Power.Execute, 10));
    private static readonly Institution Assembly = Body(3, "na", Vn, (Power.Approve, null));
    private static readonly Institution Politburo = Body(4, "pb", Vn, (Power.Endorse, null));
    private static readonly Institution LabourMinistry = Body(5, "molisa", Vn, (Power.Negotiate, 12), (Power.Propose, 12));
    private static readonly Institution Justice = Body(6, "moj", Vn);
    private static readonly Institution[] All = [Diplomats, Police, Assembly, Politburo, LabourMinistry, Justice];

    private static ChainLink Link(CoverageResult r, Power power, string party = "vn") => r.Items[0].Links.Single(l => l.Power == power && l.PartyKey == party);

    [Fact]
    public void Delegation_of_diplomats_alone_misses_public_security_the_assembly_and_the_politburo()
    {
        var r = CoverageAnalysis.Analyze(All, Areas, [Vn], new HashSet<int> { Diplomats.Id }, [Expression.Id]);

        Assert.Equal(LinkState.Missing, Link(r, Power.Execute).State);
        Assert.Equal(LinkState.Missing, Link(r, Power.Approve).State);
        Assert.Equal(LinkState.Missing, Link(r, Power.Endorse).State);
        Assert.Equal(["mps", "na", "pb"], r.ToInvite.Select(i => i.Key).Order().ToArray());
        Assert.Equal(0, r.Covered);
        Assert.Equal(0.0, r.Coverage);
        Assert.Equal([Diplomats.Name], r.Items[0].Negotiators.Select(n => n.Name));
    }

    [Fact]
    public void A_power_on_a_parent_area_reaches_its_children_and_a_power_without_area_reaches_all()
    {
        var r = CoverageAnalysis.Analyze(All, Areas, [Vn], new HashSet<int> { Police.Id, Assembly.Id }, [Expression.Id]);

        Assert.Equal(LinkState.Covered, Link(r, Power.Execute).State);
        Assert.Equal(LinkState.Covered, Link(r, Power.Approve).State);
    }

    [Fact]
    public void A_link_no_institution_holds_is_a_gap_in_the_record_and_not_counted()
    {
        var r = CoverageAnalysis.Analyze(All, Areas, [Vn], new HashSet<int> { LabourMinistry.Id }, [Labour.Id]);

        Assert.Equal(LinkState.Covered, Link(r, Power.Propose).State);
        Assert.Equal(LinkState.NoHolderOnRecord, Link(r, Power.Execute).State);
        Assert.Equal(1, r.Items[0].Covered);
        Assert.Equal(3, r.Items[0].Known);
    }

    [Fact]
    public void An_institution_with_no_powers_covers_nothing_and_says_so()
    {
        var r = CoverageAnalysis.Analyze(All, Areas, [Vn], new HashSet<int> { Justice.Id }, [Labour.Id]);

        Assert.Empty(r.Delegation.Single().Powers);
        Assert.Equal(0, r.Covered);
        Assert.Contains(r.ToInvite, i => i.Key == "na");
    }

    [Fact]
    public void Another_partys_institution_does_not_cover_a_link_of_the_counterpart()
    {
        var congress = Body(7, "congress", Us, (Power.Approve, null));
        var r = CoverageAnalysis.Analyze([.. All, congress], Areas, [Vn, Us], new HashSet<int> { congress.Id }, [Labour.Id]);

        Assert.Equal(LinkState.Missing, Link(r, Power.Approve, "vn").State);
        Assert.Equal(LinkState.Covered, Link(r, Power.Approve, "us").State);
    }

    [Fact]
    public void An_area_nobody_can_decide_on_has_no_chain_and_no_coverage_figure()
    {
        var r = CoverageAnalysis.Analyze([Diplomats, Justice], Areas, [Vn], new HashSet<int> { Diplomats.Id }, [Labour.Id]);

        Assert.Empty(r.Items[0].Links);
        Assert.Null(r.Items[0].Coverage);
    }
}
