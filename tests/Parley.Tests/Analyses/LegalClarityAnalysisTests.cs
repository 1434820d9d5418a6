using Parley.Analyses.LegalClarity;
using Parley.Domain;

namespace Parley.Tests.Analyses;

public class LegalClarityAnalysisTests
{
    private static readonly LegalInstrument Code = new() { Id = 1, Key = "code", Title = "Criminal Code" };
    private static readonly LexiconEntry Abusing = new()
    {
        Id = 1, Key = "abusing", Lexicon = LexiconKind.LegalClarity, Category = LexiconCategory.Vague, Term = "abusing democratic freedoms",
        Why = "unclear", Suggestion = "define it",
    };
    private static readonly LexiconEntry Prepare = new()
    {
        Id = 2, Key = "prepare", Lexicon = LexiconKind.LegalClarity, Category = LexiconCategory.OverBroad, Term = "those who prepare to commit",
    };

    private static Provision Article(int id, string label, string? text, params string[] vague) => new()
    {
        Id = id, Key = label.ToLowerInvariant().Replace(' ', '-'), Label = label, Instrument = Code, InstrumentId = Code.Id, Text = text, VagueTerms = [.. vague],
    };

    [Fact]
    public void A_lexicon_term_is_found_in_the_text_with_its_span_and_context()
    {
        var text = "Whoever is ABUSING  democratic freedoms shall be punished.";
        var p = LegalClarityAnalysis.Analyze([Article(1, "Article 331", text)], [Abusing], []).Provisions.Single();

        var hit = p.Hits.Single();
        Assert.Equal("ABUSING  democratic freedoms", text.Substring(hit.Start!.Value, hit.Length!.Value));
        Assert.Equal("text", hit.Field);
        Assert.Equal("unclear", hit.Why);
        Assert.Contains("shall be punished", hit.Context);
    }

    [Fact]
    public void A_provision_with_no_text_still_reports_its_recorded_vague_terms()
    {
        var p = LegalClarityAnalysis.Analyze([Article(1, "Article 117", null, "those who prepare to commit")], [Prepare], []).Provisions.Single();

        Assert.False(p.HasText);
        Assert.Equal("recorded", p.Hits.Single().Field);
        Assert.Equal(LexiconCategory.OverBroad, p.Hits.Single().Category);
        Assert.Equal(2, p.Score);
    }

    [Fact]
    public void Cases_charged_under_a_provision_raise_its_rank()
    {
        var a = Article(1, "Article 1", "abusing democratic freedoms");
        var b = Article(2, "Article 2", "abusing democratic freedoms");
        var charged = new Case { Id = 1, Key = "c", PersonName = "Someone", Charges = [b] };

        var r = LegalClarityAnalysis.Analyze([a, b], [Abusing], [charged]);

        Assert.Equal(["article-2", "article-1"], r.Provisions.Select(p => p.Key));
        Assert.Equal(1, r.Provisions[0].CasesCharged);
        Assert.Equal(1, r.Provisions[0].Rank);
    }

    [Fact]
    public void Clear_wording_gives_no_finding()
    {
        var p = LegalClarityAnalysis.Analyze([Article(1, "Article 3", "The State protects human rights.")], [Abusing, Prepare], []).Provisions.Single();

        Assert.Empty(p.Hits);
        Assert.Equal(0, p.Score);
    }
}
