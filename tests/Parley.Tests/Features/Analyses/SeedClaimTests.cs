using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Coverage;
using Parley.Analyses.Enforceability;
using Parley.Domain;
using Parley.Features.Analyses.Cascade;
using Parley.Features.Analyses.Coverage;
using Parley.Features.Analyses.Enforceability;
using Parley.Features.Analyses.Framing;
using Parley.Features.Analyses.LegalClarity;
using Parley.Features.Analyses.Risk;
using Parley.Store;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Analyses;

/// <summary>Each analysis on the bundled U.S.–Vietnam data gives the answer the seeds give.</summary>
public sealed class SeedClaimTests : IAsyncLifetime
{
    private readonly TempStore _store = new();
    private ParleyDb _db = null!;
    private static readonly DateOnly Today = new(2026, 1, 1);

    public async Task InitializeAsync()
    {
        await Cli.OkAsync("init", "--db", _store.Path);
        _db = _store.Open();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _store.Dispose();
    }

    [Fact]
    public async Task A_Human_Rights_Dialogue_delegation_of_diplomats_alone_misses_public_security_the_assembly_and_the_politburo()
    {
        var answer = await CoverageQuery.RunAsync(_db, "human-rights", null, "Foreign Affairs", null);

        var toInvite = answer.Result.ToInvite.Select(i => i.Key).ToList();
        Assert.Contains("vn-mps", toInvite);
        Assert.Contains("vn-national-assembly", toInvite);
        Assert.Contains("vn-politburo", toInvite);
        Assert.Equal(0, answer.Result.Covered);
        Assert.DoesNotContain(answer.Result.Items.SelectMany(i => i.Links), l => l.State == LinkState.Covered);
    }

    [Fact]
    public async Task The_planned_Human_Rights_round_shows_the_same_gaps_on_every_agenda_item()
    {
        var answer = await CoverageQuery.RunAsync(_db, "human-rights", null, null, null);

        Assert.Equal("human-rights-next", answer.RoundKey);
        Assert.All(answer.Result.Items, item =>
        {
            Assert.Equal(LinkState.Missing, item.Links.Single(l => l.Power == Power.Execute).State);
            Assert.Contains(item.Links.Single(l => l.Power == Power.Execute).Holders, h => h.Key == "vn-mps");
        });
    }

    [Fact]
    public async Task A_Labor_Dialogue_led_by_MOLISA_misses_the_approval_and_endorsement_links()
    {
        var answer = await CoverageQuery.RunAsync(_db, "labor", null, "MOLISA", "labour");

        var links = answer.Result.Items.Single().Links.ToDictionary(l => l.Power);
        Assert.Equal(LinkState.Covered, links[Power.Propose].State);
        Assert.Equal(LinkState.Missing, links[Power.Approve].State);
        Assert.Equal(LinkState.Missing, links[Power.Endorse].State);
        Assert.Equal(["vn-national-assembly"], links[Power.Approve].Holders.Select(h => h.Key));
        Assert.Equal(["vn-politburo"], links[Power.Endorse].Holders.Select(h => h.Key));
    }

    [Fact]
    public async Task The_US_withdrawal_from_TPP_lapses_the_labour_commitments_and_spares_what_was_already_done()
    {
        var r = await CascadeQuery.RunAsync(_db, "tpp", "us", null, Today);

        Assert.True(r.WithdrawalOnRecord);
        Assert.Equal(new DateOnly(2017, 1, 23), r.Date);
        Assert.Equal(["tpp-labour-consistency-plan"], r.Lapsed.Select(c => c.Key));
        Assert.Contains(r.Spared, s => s.Key == "tpp-political-prisoner-releases");
        Assert.Equal(1, r.LeverageLost.Single(l => l.IssueAreaKey == "labour-rights").CommitmentsLapsed);
    }

    [Fact]
    public async Task Labour_rights_leverage_lists_the_EVFTA_as_holding_and_TPP_as_weakened()
    {
        var r = await CascadeQuery.LeverageAsync(_db, "labour-rights");

        Assert.True(r.Levers.Single(l => l.Key == "evfta").Active);
        Assert.False(r.Levers.Single(l => l.Key == "tpp").Active);
    }

    [Fact]
    public async Task Before_TPP_was_signed_the_US_leaving_it_annuls_nothing()
    {
        var r = await CascadeQuery.RunAsync(_db, "tpp", "us", new DateOnly(2015, 1, 1), Today);

        Assert.True(r.NothingToAnnul);
        Assert.Empty(r.Lapsed);
        Assert.Contains(r.Notes, n => n.StartsWith("Nothing to annul", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Labour_rights_leverage_as_of_a_date_separates_levers_in_force_from_proposals()
    {
        var in2019 = await CascadeQuery.LeverageAsync(_db, "labour-rights", asOf: new DateOnly(2019, 1, 1));
        var in2026 = await CascadeQuery.LeverageAsync(_db, "labour-rights", asOf: new DateOnly(2026, 1, 1));

        Assert.Contains(in2026.InForce, l => l.Key == "evfta");
        Assert.Contains(in2026.Pending, l => l.Key == "market-economy-status");
        Assert.DoesNotContain(in2026.InForce, l => l.Key == "market-economy-status");
        Assert.Contains(in2026.Lost, l => l.Key == "tpp" && l.Stage == Parley.Analyses.Cascade.FrameworkStage.NeverInForce);
        Assert.DoesNotContain(in2019.Levers, l => l.Key == "evfta");
    }

    [Fact]
    public async Task Enforceability_finds_no_concrete_action_plan_and_the_TPP_plan_lapsed()
    {
        var r = await EnforceabilityQuery.RunAsync(_db, null, null, Today);

        Assert.All(r.Commitments, c => Assert.Contains(Criterion.Owner, c.Lacks));
        var joint = r.Commitments.Single(c => c.Key == "csp-2023-human-rights-cooperation");
        Assert.Contains(Criterion.BindingInstrument, joint.Lacks);
        Assert.Contains(r.Commitments.Single(c => c.Key == "tpp-labour-consistency-plan").Flags, f => f.Kind == FlagKind.Lapsed);
    }

    [Fact]
    public async Task LGBTQ_womens_and_economic_rights_are_low_risk_and_environment_and_labour_turned_dangerous()
    {
        var r = await RiskQuery.RunAsync(_db, 2024);

        Assert.Equal(["economic-rights", "lgbtq-rights", "womens-rights"], r.LowRiskWithoutProgramme.Select(a => a.IssueAreaKey).Order());
        // The American Bar Association's programme makes its rule-of-law areas entry points.
        Assert.Contains(r.EntryPoints, a => a.IssueAreaKey == "anti-corruption" && a.Programmes.Count == 1);
        Assert.Contains(r.EntryPoints, a => a.IssueAreaKey == "rule-of-law");
        var dangerous = r.TurnedDangerous.ToDictionary(a => a.IssueAreaKey, a => a.TurnedDangerousIn);
        // The seed's example is Hoang Thi Minh Hong's arrest in 2023; the record since holds an earlier environmental
        // case, Dang Dinh Bach charged with tax evasion in July 2021, so the evidence dates the turn to 2021.
        Assert.Equal(2021, dangerous["environment"]);
        Assert.Contains(r.Areas.Single(a => a.IssueAreaKey == "environment").Evidence, e => e.CaseKey == "dang-dinh-bach");
        Assert.Equal(2024, dangerous["labour-rights"]);
        Assert.Contains(r.Areas.Single(a => a.IssueAreaKey == "environment").Evidence, e => e.CaseKey == "hoang-thi-minh-hong");
    }

    [Fact]
    public async Task Risk_counts_Decree_53_the_Cybersecurity_Law_and_Directive_24_and_a_parent_names_the_areas_driving_it()
    {
        var r = await RiskQuery.RunAsync(_db, 2024);

        var online = r.Areas.Single(a => a.IssueAreaKey == "online-expression");
        Assert.Contains(online.Evidence, e => e.Description == "Decree 53 on the Law on Cybersecurity in force");
        Assert.Contains(online.Evidence, e => e.Description == "Law on Cybersecurity in force");
        var civil = r.Areas.Single(a => a.IssueAreaKey == "civil-political");
        Assert.Contains(civil.Evidence, e => e.Description == "Directive 24 in force");
        // Its own evidence (Directive 24, the Criminal Code) makes it high; the narrower area driving it is named too.
        Assert.Contains("Arbitrary detention and due process", civil.DrivenBy);
        Assert.Contains("also high in Arbitrary detention and due process", civil.Basis);
        var expression = r.Areas.Single(a => a.IssueAreaKey == "freedom-of-expression");
        // Expression has cases of its own now (charges under Article 117); the narrower area that drives it is named.
        Assert.Contains("Online expression", expression.DrivenBy);
        Assert.DoesNotContain(r.Areas, a => (a.Assessment?.Note ?? "").Contains("seed", StringComparison.OrdinalIgnoreCase) || a.Basis.Contains("seed"));
    }

    [Fact]
    public async Task Article_331s_abusing_democratic_freedoms_and_117s_those_who_prepare_to_commit_are_found()
    {
        var r = await LegalClarityQuery.RunAsync(_db, "criminal code");

        var a331 = r.Provisions.Single(p => p.Key == "vn-cc-art-331");
        Assert.Contains(a331.Hits, h => h.Matched is { } m && m.Equals("abusing democratic freedoms", StringComparison.OrdinalIgnoreCase));
        var a117 = r.Provisions.Single(p => p.Key == "vn-cc-art-117");
        Assert.Contains(a117.Hits, h => h.Term == "those who prepare to commit");
        // Articles 109, 117 and 331 from the seeds, Article 109 as amended in 2025, and Article 200 (tax evasion) from the cases since.
        Assert.Equal(["vn-cc-art-109", "vn-cc-art-109-2025", "vn-cc-art-117", "vn-cc-art-200", "vn-cc-art-331"], r.Provisions.Select(p => p.Key).Order());
    }

    [Theory]
    [InlineData("We must prevent a colour revolution.", "colour revolution")]
    [InlineData("This looks like peaceful evolution.", "peaceful evolution")]
    [InlineData("Chúng tôi lo ngại về diễn biến hòa bình.", "diễn biến hòa bình")]
    public async Task A_draft_with_colour_revolution_or_peaceful_evolution_is_flagged_with_a_suggestion(string draft, string words)
    {
        var r = await FramingQuery.RunAsync(_db, draft);

        var f = r.Findings.Single(x => x.Category == LexiconCategory.Confrontational);
        Assert.Equal(words, draft.Substring(f.Start, f.Length));
        Assert.False(string.IsNullOrWhiteSpace(f.Suggestion));
        Assert.False(r.ReassurancePresent);
    }

    [Fact]
    public async Task Reassurance_in_a_draft_is_reported_as_present()
    {
        var r = await FramingQuery.RunAsync(_db, "The United States will respect Vietnam's political system and seeks regional stability.");

        Assert.True(r.ReassurancePresent);
        Assert.Equal(1, r.SharedGoals);
        Assert.Equal(0, r.Confrontational);
    }

    [Theory]
    [InlineData("We do not seek regime change; the United States respects the political system of Viet Nam.", "ready")]
    [InlineData("Chúng tôi lên án chế độ chính trị độc tài và sự đàn áp.", "reword 3 terms; add reassurance")]
    [InlineData("Chung toi len an che do doc tai va su dan ap.", "reword 3 terms; add reassurance")]
    [InlineData("Hoa Kỳ tôn trọng thể chế chính trị của Việt Nam và không can thiệp vào công việc nội bộ.", "ready")]
    [InlineData("Washington condemned the dictatorial rulers and their repressive hostile-forces rhetoric.", "reword 4 terms; add reassurance")]
    public async Task The_bundled_lexicon_understands_wording_in_English_and_Vietnamese(string draft, string verdict)
    {
        var r = await FramingQuery.RunAsync(_db, draft);

        Assert.Equal(verdict, r.Verdict);
        Assert.All(r.Findings.Where(f => f.Category == LexiconCategory.Confrontational), f =>
        {
            Assert.NotEmpty(f.Citations);
            Assert.False(string.IsNullOrWhiteSpace(f.Suggestion));
        });
    }

    [Fact]
    public async Task Every_English_framing_term_in_the_bundled_lexicon_has_a_Vietnamese_counterpart()
    {
        var lexicon = await _db.LexiconEntries.AsNoTracking().ToListAsync();

        Assert.Empty(Parley.Analyses.Framing.LexiconCounterparts.Missing(lexicon).Select(e => e.Key));
        Assert.True(lexicon.Count(e => e.Lexicon == LexiconKind.Framing && e.Language == "vi") >= 25);
    }

    [Fact]
    public async Task A_public_communique_naming_a_recorded_case_is_flagged_but_a_reader_without_case_access_learns_nothing()
    {
        const string draft = "Viet Nam and the United States agreed to deepen trade and investment. We call for the release of Nguyễn Văn Bình.";

        var communique = await FramingQuery.RunAsync(_db, draft, kind: StatementKind.Communique);
        var withheld = await FramingQuery.RunAsync(_db, draft, kind: StatementKind.Communique, namesCases: false);

        Assert.Equal(1, communique.PublicCases);
        Assert.Contains("Rethinking Human Rights", communique.Findings.Single(f => f.Kind == Parley.Analyses.Framing.FindingKind.PublicCase).Citations[0].Source);
        Assert.Equal(0, withheld.PublicCases);
        Assert.Equal("add reassurance", withheld.Verdict);
    }
}
