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

    [Fact]
    public void A_term_in_a_note_added_to_the_text_is_not_found_in_the_text()
    {
        var text = "Makes it a crime to act against the State (summary from a report; full text not held). The report says it is unclear what abusing democratic freedoms means.";

        var p = LegalClarityAnalysis.Analyze([Article(1, "Article 331", text)], [Abusing], []).Provisions.Single();

        Assert.Empty(p.Hits);
        Assert.Equal("Makes it a crime to act against the State.", ProvisionWording.WithoutNotes(text));
    }

    [Fact]
    public void A_term_recorded_from_a_source_stays_a_finding_marked_as_recorded_not_found_in_the_text()
    {
        var p = LegalClarityAnalysis.Analyze([Article(1, "Article 109", "Overthrowing the administration (summary; full text not held).", "serious consequences")], [], [])
            .Provisions.Single();

        Assert.Equal("recorded", p.Hits.Single().Field);
    }

    [Fact]
    public void A_vague_provision_is_linked_to_who_approves_law_who_drafts_it_and_the_legal_programmes_running_that_year()
    {
        var speech = new IssueArea { Id = 1, Key = "speech", Name = "Speech" };
        var provision = Article(1, "Article 117", "Opposing the State.", "opposing the State");
        provision.IssueAreas = [speech];
        provision.Instrument = new LegalInstrument { Id = 1, Key = "code", Title = "Code", PartyId = 2 };
        var assembly = new Institution { Id = 1, Key = "assembly", Name = "Assembly", PartyId = 2, Powers = [new InstitutionPower { Power = Power.Approve }] };
        var ministry = new Institution { Id = 2, Key = "justice", Name = "Justice Ministry", PartyId = 2, Powers = [new InstitutionPower { Power = Power.Propose, IssueAreaId = 1 }] };
        var foreign = new Institution { Id = 3, Key = "other", Name = "Other State's Congress", PartyId = 1, Powers = [new InstitutionPower { Power = Power.Approve }] };
        var bar = new Programme { Id = 1, Key = "bar", Name = "Bar programme", Topics = ["legal education"], StartYear = 2009, PartnerDescription = "law schools" };
        var ended = new Programme { Id = 2, Key = "old", Name = "Old legal project", Topics = ["legal drafting"], StartYear = 2000, EndYear = 2005 };
        var unrelated = new Programme { Id = 3, Key = "wild", Name = "Wildlife", Topics = ["wildlife"], StartYear = 2009 };

        var remedy = ClarityRemedies.For(provision, [assembly, ministry, foreign], [bar, ended, unrelated], new(new[] { speech }), 2026);

        Assert.Equal(["assembly"], remedy.Clarify.Select(c => c.Key));
        Assert.Equal(["justice"], remedy.Draft.Select(c => c.Key));
        Assert.Equal(["bar"], remedy.Programmes.Select(p => p.Key));
        Assert.Contains("law schools", remedy.Programmes.Single().Partners);
    }
}
