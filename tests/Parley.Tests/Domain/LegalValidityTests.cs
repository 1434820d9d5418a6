using Parley.Domain;

namespace Parley.Tests.Domain;

/// <summary>Which law applied on a date: instruments' and provisions' dates in force, versions and successors.</summary>
public class LegalValidityTests
{
    private static readonly Party Vn = new() { Key = "vn", Name = "Viet Nam" };

    private static LegalInstrument Law(string key, int year, string? from = null, string? until = null) => new()
    {
        Key = key, Title = key, Party = Vn, Year = year,
        InForceFrom = from is null ? null : PartialDate.Parse(from), InForceUntil = until is null ? null : PartialDate.Parse(until),
    };

    private static Provision Article(LegalInstrument instrument, string label, string? from = null, string? until = null)
    {
        var provision = new Provision
        {
            Key = instrument.Key + "-" + label, Label = label, Instrument = instrument,
            InForceFrom = from is null ? null : PartialDate.Parse(from), InForceUntil = until is null ? null : PartialDate.Parse(until),
        };
        instrument.Provisions.Add(provision);
        return provision;
    }

    [Fact]
    public void A_law_is_in_force_from_its_date_through_its_last_day_and_not_after()
    {
        var law = Law("cyber-2018", 2018, from: "2019-01-01", until: "2026-06-30");

        Assert.False(LegalValidity.IsInForce(law, new DateOnly(2018, 12, 31)));
        Assert.True(LegalValidity.IsInForce(law, new DateOnly(2019, 1, 1)));
        Assert.True(LegalValidity.IsInForce(law, new DateOnly(2026, 6, 30)));
        Assert.False(LegalValidity.IsInForce(law, new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void Without_an_in_force_date_a_law_counts_from_its_year_and_a_year_only_end_lasts_the_whole_year()
    {
        var law = Law("code-1999", 1999, until: "2017");

        Assert.False(LegalValidity.IsInForce(law, new DateOnly(1998, 12, 31)));
        Assert.True(LegalValidity.IsInForce(law, new DateOnly(1999, 1, 1)));
        Assert.True(LegalValidity.IsInForce(law, new DateOnly(2017, 12, 31)));
        Assert.False(LegalValidity.IsInForce(law, new DateOnly(2018, 1, 1)));
    }

    [Fact]
    public void A_provision_needs_its_instrument_in_force_and_its_own_dates()
    {
        var code = Law("code-2015", 2015, from: "2018-01-01");
        var before = Article(code, "Article 109", until: "2025-06-30");
        var after = Article(code, "Article 109", from: "2025-07-01");
        before.Successors.Add(after);

        Assert.False(LegalValidity.IsInForce(before, new DateOnly(2017, 6, 1)));
        Assert.True(LegalValidity.IsInForce(before, new DateOnly(2025, 6, 30)));
        Assert.False(LegalValidity.IsInForce(before, new DateOnly(2025, 7, 1)));
        Assert.Same(after, LegalValidity.InForceVersion(before, new DateOnly(2026, 1, 1)));
        Assert.Same(before, LegalValidity.InForceVersion(before, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void An_old_article_is_carried_through_every_successor_to_the_version_in_force()
    {
        var code1999 = Law("code-1999", 1999, until: "2017-12-31");
        var code2015 = Law("code-2015", 2015, from: "2018-01-01");
        var art88 = Article(code1999, "Article 88");
        var art117 = Article(code2015, "Article 117", until: "2030-12-31");
        var art117Later = Article(code2015, "Article 117", from: "2031-01-01");
        art88.Successors.Add(art117);
        art117.Successors.Add(art117Later);
        art117Later.Successors.Add(art117); // a loop in the links must not hang the walk

        Assert.Equal([art117, art117Later], LegalValidity.SuccessorsOf(art88));
        Assert.Same(art88, LegalValidity.InForceVersion(art88, new DateOnly(2017, 6, 1)));
        Assert.Same(art117, LegalValidity.InForceVersion(art88, new DateOnly(2024, 6, 1)));
        Assert.Same(art117Later, LegalValidity.InForceVersion(art88, new DateOnly(2032, 1, 1)));
        Assert.Null(LegalValidity.InForceVersion(art88, new DateOnly(1990, 1, 1)));
    }
}
