using Parley.Analyses.LegalClarity;
using Parley.Domain;

namespace Parley.Tests.Analyses;

/// <summary>Legal clarity "as of" a date: only the law then in force, old charges counted against the version in force, terms added or dropped.</summary>
public class LegalHistoryTests
{
    private static readonly LexiconEntry Serious = new()
    {
        Id = 1, Key = "serious", Lexicon = LexiconKind.LegalClarity, Category = LexiconCategory.Vague, Term = "serious consequences",
    };

    private static readonly LegalInstrument Old = new() { Id = 1, Key = "code-1999", Title = "Penal Code (1999)", Year = 1999, InForceUntil = PartialDate.Parse("2017-12-31") };
    private static readonly LegalInstrument New = new() { Id = 2, Key = "code-2015", Title = "Criminal Code (2015)", Year = 2015, InForceFrom = PartialDate.Parse("2018-01-01") };

    private static (Provision Art88, Provision Art117) Chain(string newText)
    {
        var art117 = new Provision { Id = 20, Key = "art-117", Label = "Article 117", Instrument = New, InstrumentId = 2, Text = newText };
        var art88 = new Provision { Id = 10, Key = "art-88", Label = "Article 88", Instrument = Old, InstrumentId = 1, Text = "Propaganda with serious consequences.", Successors = [art117] };
        return (art88, art117);
    }

    [Fact]
    public void Asked_as_of_a_date_only_the_provisions_then_in_force_are_kept()
    {
        var (art88, art117) = Chain("Propaganda against the State.");

        Assert.Equal([art88], LegalHistory.InForce([art88, art117], new DateOnly(2016, 1, 1)));
        Assert.Equal([art117], LegalHistory.InForce([art88, art117], new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void A_case_charged_under_the_old_article_counts_against_its_successor_in_force()
    {
        var (art88, art117) = Chain("Propaganda against the State.");
        var trang = new Case { Id = 1, Key = "pdt", PersonName = "Pham Doan Trang", Charges = [art88] };

        LegalHistory.CarryCharges([trang], new DateOnly(2024, 1, 1));
        var result = LegalClarityAnalysis.Analyze([art117], [Serious], [trang]);

        Assert.Equal(["art-88", "art-117"], trang.Charges.Select(p => p.Key));
        Assert.Equal(1, result.Provisions.Single().CasesCharged);
    }

    private static readonly LexiconEntry Prepare = new()
    {
        Id = 2, Key = "prepare", Lexicon = LexiconKind.LegalClarity, Category = LexiconCategory.OverBroad, Term = "those who prepare to commit",
    };

    [Fact]
    public void A_term_dropped_or_added_by_the_later_version_is_reported_with_the_date_it_took_effect()
    {
        var (art88, art117) = Chain("Propaganda against the State, and those who prepare to commit it.");

        var changes = LegalHistory.TermChanges([art117], [art88, art117], [Serious, Prepare]);

        var dropped = changes.Single(c => !c.Added);
        Assert.Equal("serious consequences", dropped.Term);
        Assert.Equal(new DateOnly(2018, 1, 1), dropped.Since);
        Assert.Equal("Article 88, Penal Code (1999)", dropped.Predecessor);
        var added = changes.Single(c => c.Added);
        Assert.Equal("those who prepare to commit", added.Term);
    }

    [Fact]
    public void A_version_that_shows_no_terms_is_not_compared_since_its_wording_is_not_held()
    {
        var (art88, art117) = Chain("Propaganda against the State.");

        Assert.Empty(LegalHistory.TermChanges([art117], [art88, art117], [Serious, Prepare]));
    }
}
