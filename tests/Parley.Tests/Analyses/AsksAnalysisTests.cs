using Parley.Analyses.Asks;
using Parley.Analyses.Records;
using Parley.Domain;

namespace Parley.Tests.Analyses;

/// <summary>The asks for a round on small hand-built records: what makes an ask, whom it is addressed to, and how it is ranked.</summary>
public class AsksAnalysisTests
{
    private static readonly Party Us = new() { Id = 1, Key = "a", Name = "Asking State" };
    private static readonly Party Them = new() { Id = 2, Key = "b", Name = "Other State" };
    private static readonly IssueArea Civil = new() { Id = 1, Key = "civil", Name = "Civil rights" };
    private static readonly IssueArea Speech = new() { Id = 2, Key = "speech", Name = "Speech", ParentId = 1 };
    private static readonly IssueArea Women = new() { Id = 3, Key = "women", Name = "Women's rights" };
    private static readonly Source Report = new() { Id = 1, Key = "r", Title = "A Report", Publisher = "A Think Tank" };

    private static Institution Foreign => new()
    {
        Id = 10, Key = "mfa", Name = "Foreign Ministry", PartyId = 2,
        Powers = [new InstitutionPower { Power = Power.Negotiate, IssueAreaId = 1 }],
    };

    private static Institution Police => new()
    {
        Id = 11, Key = "police", Name = "Police Ministry", PartyId = 2,
        Powers = [new InstitutionPower { Power = Power.Execute, IssueAreaId = 1, Source = Report, SourceId = 1, Locator = "the police make the arrests" }],
    };

    private static Institution Assembly => new()
    {
        Id = 12, Key = "assembly", Name = "Assembly", PartyId = 2, Powers = [new InstitutionPower { Power = Power.Approve }],
    };

    private static LegalInstrument Code => new() { Id = 1, Key = "code", Title = "Penal Code", PartyId = 2, Year = 2015 };

    private static Provision Article(LegalInstrument code, string? text = "Punishes acts that cause serious consequences.") => new()
    {
        Id = 1, Key = "art-9", Label = "Article 9", Instrument = code, InstrumentId = code.Id, Text = text, IssueAreas = [Speech],
        Citations = [new Citation { Source = Report, SourceId = 1, Locator = "unclear what serious consequences mean" }],
    };

    private static readonly LexiconEntry Serious = new()
    {
        Id = 1, Key = "lx", Lexicon = LexiconKind.LegalClarity, Category = LexiconCategory.Vague, Term = "serious consequences", Why = "Undefined.",
    };

    private static Round Next(params Institution[] delegates) => new()
    {
        Id = 1, Key = "next", Title = "Next round", Status = RoundStatus.Planned,
        Delegates = delegates.Select(d => new DelegationMember { InstitutionId = d.Id, Institution = d, Role = DelegateRole.Head }).ToList(),
        Agenda = [new AgendaItem { IssueAreaId = Speech.Id }],
    };

    private static readonly Channel Dialogue = new() { Id = 1, Key = "dialogue", Name = "The Dialogue", Parties = [Us, Them] };

    private static RecordSnapshot Inputs(IReadOnlyList<Institution> institutions, IReadOnlyList<Provision>? provisions = null, IReadOnlyList<Case>? cases = null,
        IReadOnlyList<Commitment>? commitments = null, IReadOnlyList<Recommendation>? recommendations = null, IReadOnlyList<Framework>? frameworks = null,
        IReadOnlyList<Programme>? programmes = null) => new()
    {
        Parties = [Us, Them], IssueAreas = [Civil, Speech, Women], Institutions = institutions, Recommendations = recommendations ?? [],
        Commitments = commitments ?? [], Cases = cases ?? [], Instruments = provisions?.Select(p => p.Instrument).Distinct().ToList() ?? [],
        Provisions = provisions ?? [], Programmes = programmes ?? [], Frameworks = frameworks ?? [], Lexicon = [Serious],
    };

    private static AsksResult Analyze(RecordSnapshot inputs, Round round, DateOnly? date = null, IReadOnlyList<Round>? rounds = null) =>
        AsksAnalysis.Analyze(inputs, new AskRound(Dialogue, round, date ?? new DateOnly(2026, 6, 1), rounds ?? [round], Them));

    [Fact]
    public void An_institution_that_executes_on_the_agenda_but_has_no_seat_is_an_ask_to_the_head_of_delegation()
    {
        var mfa = Foreign;
        var r = Analyze(Inputs([mfa, Police]), Next(mfa));

        var invite = r.Asks.Single(a => a.Key == "invite:police");
        Assert.Equal(AskKind.Invite, invite.Kind);
        Assert.Equal("Include officials of the Police Ministry in the delegation", invite.Action);
        Assert.Equal("Foreign Ministry", invite.Institution.Name);
        Assert.True(invite.Institution.AtTable);
        Assert.Equal(BindingInstrument.JointStatement, invite.Instrument);
        var power = Assert.Single(invite.Evidence);
        Assert.Contains("can execute on Civil rights but has no seat", power.Text);
        Assert.Equal("A Report (A Think Tank): “the police make the arrests”", power.Citations.Single().ToString());
    }

    [Fact]
    public void Bringing_the_institution_to_the_table_removes_the_invitation_and_makes_its_asks_feasible()
    {
        var held = new Case { Id = 1, Key = "p1", PersonName = "Person One", PartyId = 2, Status = CaseStatus.Sentenced, IssueAreas = [Speech] };
        var without = Analyze(Inputs([Foreign, Police], cases: [held]), Next(Foreign));
        var with = Analyze(Inputs([Foreign, Police], cases: [held]), Next(Foreign, Police));

        Assert.Contains(without.Asks, a => a.Key == "invite:police");
        Assert.DoesNotContain(with.Asks, a => a.Key == "invite:police");
        var before = without.Asks.Single(a => a.Key == "cases:area:speech");
        var after = with.Asks.Single(a => a.Key == "cases:area:speech");
        Assert.Equal("Police Ministry", after.Institution.Name);
        Assert.False(before.Institution.AtTable);
        Assert.True(after.Institution.AtTable);
        Assert.Equal(0.5, before.Score.Feasibility);
        Assert.Equal(1, after.Score.Feasibility);
        Assert.True(after.Score.Total > before.Score.Total);
    }

    [Fact]
    public void A_vague_term_in_the_provision_text_asks_the_institution_that_approves_law_to_define_it()
    {
        var r = Analyze(Inputs([Foreign, Assembly], [Article(Code)]), Next(Foreign));

        var ask = r.Asks.Single(a => a.Kind == AskKind.ClarifyProvision);
        Assert.Equal("Define “serious consequences” in Article 9 of the Penal Code by an official interpretation or an amendment", ask.Action);
        Assert.Equal("Assembly", ask.Institution.Name);
        Assert.Equal(Power.Approve, ask.Institution.Power);
        Assert.Equal(BindingInstrument.Mou, ask.Instrument);
        Assert.Contains("in the provision's text", ask.Evidence.Single(e => e.Kind == "vague term").Text);
        Assert.Equal(["serious consequences"], ask.Terms);
    }

    [Fact]
    public void A_term_only_in_a_note_added_to_the_text_is_not_a_finding()
    {
        var noted = Article(Code, "Punishes acts against the State (summary; the source says serious consequences are unclear).");

        var r = Analyze(Inputs([Foreign, Assembly], [noted]), Next(Foreign));

        Assert.DoesNotContain(r.Asks, a => a.Kind == AskKind.ClarifyProvision);
    }

    [Fact]
    public void A_provision_not_yet_in_force_on_the_date_gives_no_ask()
    {
        var code = Code;
        code.Year = 2030;

        Assert.DoesNotContain(Analyze(Inputs([Foreign, Assembly], [Article(code)]), Next(Foreign)).Asks, a => a.Kind == AskKind.ClarifyProvision);
    }

    [Fact]
    public void A_programme_on_law_is_proposed_as_the_instrument_of_technical_assistance()
    {
        var training = new Programme { Id = 1, Key = "bar", Name = "Bar legal training", Topics = ["legal education"], StartYear = 2009, PartnerDescription = "law schools" };

        var ask = Analyze(Inputs([Foreign, Assembly], [Article(Code)], programmes: [training]), Next(Foreign)).Asks.Single(a => a.Kind == AskKind.ClarifyProvision);

        Assert.Contains("through Bar legal training", ask.InstrumentWhy);
    }

    [Fact]
    public void An_overdue_commitment_asks_for_completion_under_a_stronger_instrument()
    {
        var promise = new Commitment
        {
            Id = 1, Key = "c1", Title = "Publish the prison census", PartyId = 2, Deadline = new PartialDate(2025, 6), Instrument = BindingInstrument.JointStatement,
            IssueAreas = [Speech], History = [new CommitmentStatusChange { Id = 1, Date = new PartialDate(2024), Status = CommitmentStatus.Open }],
            Citations = [new Citation { Source = Report, SourceId = 1, Locator = "promised a census" }],
        };

        var ask = Analyze(Inputs([Foreign, Police], commitments: [promise]), Next(Foreign)).Asks.Single(a => a.Kind == AskKind.DeliverCommitment);

        Assert.Equal("Complete “Publish the prison census”, overdue since 2025-06", ask.Action);
        Assert.Equal(BindingInstrument.Mou, ask.Instrument);
        Assert.Equal("commitment overdue", ask.Evidence[0].Kind);
        Assert.Equal("promised a census", ask.Evidence[0].Citations.Single().Locator);

        promise.History.Add(new CommitmentStatusChange { Id = 2, Date = new PartialDate(2026, 1), Status = CommitmentStatus.Fulfilled });
        Assert.DoesNotContain(Analyze(Inputs([Foreign, Police], commitments: [promise]), Next(Foreign)).Asks, a => a.Kind == AskKind.DeliverCommitment);
    }

    [Fact]
    public void A_fulfilment_recorded_after_the_date_does_not_count_yet()
    {
        var promise = new Commitment
        {
            Id = 1, Key = "c1", Title = "Publish the census", PartyId = 2, Deadline = new PartialDate(2025), IssueAreas = [Speech],
            History =
            [
                new CommitmentStatusChange { Id = 1, Date = new PartialDate(2024), Status = CommitmentStatus.Open },
                new CommitmentStatusChange { Id = 2, Date = new PartialDate(2027), Status = CommitmentStatus.Fulfilled },
            ],
        };

        Assert.Contains(Analyze(Inputs([Foreign], commitments: [promise]), Next(Foreign), new DateOnly(2026, 6, 1)).Asks, a => a.Kind == AskKind.DeliverCommitment);
        Assert.DoesNotContain(Analyze(Inputs([Foreign], commitments: [promise]), Next(Foreign), new DateOnly(2028, 1, 1)).Asks, a => a.Kind == AskKind.DeliverCommitment);
    }

    [Fact]
    public void Accepted_recommendations_nothing_implements_become_one_plan_per_area()
    {
        Recommendation Accepted(int id) => new()
        {
            Id = id, Key = $"rec{id}", Text = $"Recommendation {id}", ToPartyId = 2, FromParty = Us, Response = RecommendationResponse.Accepted,
            Mechanism = "UPR", IssueAreas = [Speech],
        };
        var implemented = new Commitment
        {
            Id = 1, Key = "c", Title = "Done", PartyId = 2, RecommendationId = 2, IssueAreas = [Speech],
            History = [new CommitmentStatusChange { Id = 1, Date = new PartialDate(2025), Status = CommitmentStatus.Fulfilled }],
        };

        var ask = Analyze(Inputs([Foreign, Police], commitments: [implemented], recommendations: [Accepted(1), Accepted(2), Accepted(3)]), Next(Foreign))
            .Asks.Single(a => a.Kind == AskKind.ImplementRecommendations);

        Assert.Equal(2, ask.Count);
        Assert.Equal(["rec1", "rec3"], ask.Evidence.Select(e => e.RecordKey));
        Assert.Equal("Police Ministry", ask.Institution.Name);
    }

    [Fact]
    public void Records_outside_the_agenda_give_no_ask()
    {
        var held = new Case { Id = 1, Key = "p1", PersonName = "Person One", PartyId = 2, Status = CaseStatus.Detained, IssueAreas = [Women] };

        Assert.DoesNotContain(Analyze(Inputs([Foreign], cases: [held]), Next(Foreign)).Asks, a => a.Kind == AskKind.ReviewCases);
    }

    [Fact]
    public void A_released_person_is_not_asked_for_and_a_held_one_is_restricted()
    {
        var held = new Case { Id = 1, Key = "p1", PersonName = "Person One", PartyId = 2, Status = CaseStatus.Detained, IssueAreas = [Speech] };
        var freed = new Case { Id = 2, Key = "p2", PersonName = "Person Two", PartyId = 2, Status = CaseStatus.Released, IssueAreas = [Speech] };

        var ask = Analyze(Inputs([Foreign, Police], cases: [held, freed]), Next(Foreign)).Asks.Single(a => a.Kind == AskKind.ReviewCases);

        Assert.Equal(1, ask.Count);
        Assert.True(ask.NamesCases);
        Assert.Equal(BindingInstrument.None, ask.Instrument);
    }

    [Fact]
    public void A_framework_in_force_is_the_lever_and_scores_more_than_a_pending_one()
    {
        Framework Treaty(FrameworkEventKind kind) => new()
        {
            Id = 1, Key = "treaty", Name = "A Treaty", Leverage = [new FrameworkLeverage { IssueAreaId = Civil.Id }],
            Events = [new FrameworkEvent { Kind = kind, Date = new PartialDate(2020) }],
        };

        var inForce = Analyze(Inputs([Foreign, Police], frameworks: [Treaty(FrameworkEventKind.EntryIntoForce)]), Next(Foreign)).Asks.Single();
        var signed = Analyze(Inputs([Foreign, Police], frameworks: [Treaty(FrameworkEventKind.Signature)]), Next(Foreign)).Asks.Single();
        var none = Analyze(Inputs([Foreign, Police]), Next(Foreign)).Asks.Single();

        Assert.True(inForce.Lever!.InForce);
        Assert.Equal(1, inForce.Score.Leverage);
        Assert.Equal(0.5, signed.Score.Leverage);
        Assert.Null(none.Lever);
        Assert.True(inForce.Score.Total > signed.Score.Total && signed.Score.Total > none.Score.Total);
    }

    [Fact]
    public void The_score_is_the_sum_of_its_weighted_parts_and_asks_are_ranked_by_it()
    {
        var held = Enumerable.Range(1, 6).Select(i => new Case { Id = i, Key = $"p{i}", PersonName = $"Person {i}", PartyId = 2, Status = CaseStatus.Detained, IssueAreas = [Speech] }).ToList();
        var r = Analyze(Inputs([Foreign, Police, Assembly], [Article(Code)], cases: held), Next(Foreign));
        var w = r.Weights;

        foreach (var a in r.Asks)
            Assert.Equal(Math.Round(100 * (w.EvidenceShare * a.Score.Evidence + w.LeverageShare * a.Score.Leverage + w.LowRiskShare * a.Score.LowRisk
                + w.FeasibilityShare * a.Score.Feasibility), 1), a.Score.Total, 1);
        Assert.Equal(r.Asks.OrderByDescending(a => a.Score.Total).Select(a => a.Key), r.Asks.Select(a => a.Key));
        Assert.Equal(Enumerable.Range(1, r.Asks.Count), r.Asks.Select(a => a.Rank));
        Assert.Equal(1, r.Asks.Single(a => a.Kind == AskKind.ReviewCases).Score.Evidence);
    }

    [Fact]
    public void The_deadline_is_the_next_round_from_the_channel_spacing()
    {
        Round Held(int id, int year) => new() { Id = id, Key = $"r{id}", Title = $"Round {id}", Status = RoundStatus.Held, Date = new PartialDate(year, 1, 1) };
        var next = Next(Foreign);

        var r = Analyze(Inputs([Foreign, Police]), next, new DateOnly(2026, 6, 1), [Held(2, 2022), Held(3, 2024), Held(4, 2026), next]);

        var deadline = r.Asks.Single().Deadline;
        Assert.True(deadline.NextRound);
        Assert.Equal(new DateOnly(2026, 6, 1).AddDays(730), deadline.Date);
        Assert.Contains("3 dated rounds", deadline.Basis);
    }
}
