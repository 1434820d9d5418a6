using Parley.Analyses.Treaties;
using Parley.Domain;

namespace Parley.Tests.Analyses;

/// <summary>A party's treaty standing on a date, and the recommendations that asked it to join each treaty.</summary>
public class TreatyStatusAnalysisTests
{
    private static readonly Party Vn = new() { Id = 1, Key = "vn", Name = "Viet Nam" };
    private static readonly Party Un = new() { Id = 2, Key = "un", Name = "United Nations" };

    private static LegalInstrument Treaty(int id, string title, params string[] aliases) =>
        new() { Id = id, Key = "t" + id, Title = title, Party = Un, Kind = InstrumentKind.Treaty, Aliases = [.. aliases] };

    private static readonly LegalInstrument Cat = Treaty(1, "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "CAT", "Convention against Torture");
    private static readonly LegalInstrument Opcat = Treaty(2, "Optional Protocol to the Convention against Torture", "OPCAT", "OP-CAT");
    private static readonly LegalInstrument C87 = Treaty(3, "Freedom of Association and Protection of the Right to Organise Convention", "ILO Convention No. 87", "C87");

    private static Recommendation Rec(int id, string text, string? date = null, string from = "France") => new()
    {
        Id = id, Key = "r" + id, Text = text, ToParty = Vn, ToPartyId = Vn.Id, FromParty = new Party { Key = from.ToLowerInvariant(), Name = from },
        Date = date is null ? null : PartialDate.Parse(date), Response = RecommendationResponse.Noted,
    };

    private static readonly TreatyStatus CatRatified = new()
    {
        Id = 1, Key = "vn-cat", Party = Vn, PartyId = Vn.Id, Treaty = Cat, TreatyId = Cat.Id, Participation = TreatyParticipation.Ratified,
        Signed = PartialDate.Parse("2013-11-07"), Bound = PartialDate.Parse("2015-02-05"), InForce = PartialDate.Parse("2015-03-07"),
    };

    [Fact]
    public void The_status_on_a_date_counts_only_the_steps_taken_by_then()
    {
        TreatyParticipation On(string date) => TreatyStatusAnalysis.Analyze(Vn, [Cat], [CatRatified], [], DateOnly.Parse(date))
            .Treaties.Single().Participation;

        Assert.Equal(TreatyParticipation.NotParty, On("2013-01-01"));
        Assert.Equal(TreatyParticipation.Signed, On("2014-06-01"));
        Assert.Equal(TreatyParticipation.Ratified, On("2016-01-01"));
    }

    [Fact]
    public void A_step_known_only_to_the_year_counts_once_that_year_is_over()
    {
        var crpd = new TreatyStatus { Id = 2, Key = "vn-crpd", Party = Vn, PartyId = Vn.Id, Treaty = Cat, TreatyId = Cat.Id, Participation = TreatyParticipation.Ratified, Bound = PartialDate.Parse("2015") };
        TreatyParticipation On(string date) => TreatyStatusAnalysis.Analyze(Vn, [Cat], [crpd], [], DateOnly.Parse(date)).Treaties.Single().Participation;

        Assert.Equal(TreatyParticipation.NotParty, On("2015-01-01"));
        Assert.Equal(TreatyParticipation.Ratified, On("2015-12-31"));
    }

    [Fact]
    public void A_recommendation_to_ratify_the_optional_protocol_is_not_taken_for_the_convention_it_names()
    {
        var recs = new[]
        {
            Rec(1, "Ratify the Convention against Torture", "2009"),
            Rec(2, "Accede to the Optional Protocol to the Convention against Torture", "2019"),
            Rec(3, "Consider ratifying ILO Convention No. 87 on freedom of association", "2024"),
            Rec(4, "Continue to combat torture in detention", "2019"),
            Rec(5, "Ratify ILO Convention No. 870 on something else", "2024"),
        };

        var result = TreatyStatusAnalysis.Analyze(Vn, [Cat, Opcat, C87], [CatRatified], recs, new DateOnly(2026, 12, 1));

        var cat = result.Treaties.Single(t => t.TreatyKey == "t1");
        Assert.Equal(["r1"], cat.Asks.Select(a => a.RecommendationKey));
        Assert.True(cat.Asks.Single().ActedOn);
        var opcat = result.Treaties.Single(t => t.TreatyKey == "t2");
        Assert.Equal(["r2"], opcat.Asks.Select(a => a.RecommendationKey));
        Assert.False(opcat.Asks.Single().ActedOn);
        Assert.Equal(TreatyParticipation.NotParty, opcat.Participation);
        Assert.Equal(["r3"], result.Treaties.Single(t => t.TreatyKey == "t3").Asks.Select(a => a.RecommendationKey));
    }

    [Fact]
    public void Recommendations_to_other_parties_and_before_the_ratification_date_read_as_their_time()
    {
        var toLaos = Rec(6, "Ratify the Convention against Torture", "2009");
        toLaos.ToParty = new Party { Id = 9, Key = "la", Name = "Lao PDR" };
        toLaos.ToPartyId = 9;

        var before = TreatyStatusAnalysis.Analyze(Vn, [Cat], [CatRatified], [toLaos, Rec(1, "Ratify the Convention against Torture", "2009")], new DateOnly(2010, 1, 1));

        var cat = before.Treaties.Single();
        Assert.Equal(["r1"], cat.Asks.Select(a => a.RecommendationKey));
        Assert.False(cat.Asks.Single().ActedOn);
        Assert.Null(cat.Bound);
    }
}
