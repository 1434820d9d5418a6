using Parley.Analyses.Framing;
using Parley.Domain;

namespace Parley.Tests.Analyses;

public class FramingAnalysisTests
{
    private static LexiconEntry Entry(int id, string term, LexiconCategory category, string language = "en") => new()
    {
        Id = id, Key = $"e{id}", Lexicon = LexiconKind.Framing, Category = category, Term = term, Language = language,
        Why = $"why {id}", Suggestion = $"say something else {id}",
    };

    private static readonly LexiconEntry[] Lexicon =
    [
        Entry(1, "colour revolution", LexiconCategory.Confrontational),
        Entry(2, "diễn biến hòa bình", LexiconCategory.Confrontational, "vi"),
        Entry(3, "respect Vietnam's political system", LexiconCategory.Reassurance),
        Entry(4, "regime", LexiconCategory.Confrontational),
        Entry(5, "authoritarianism", LexiconCategory.Confrontational),
        Entry(6, "defending against authoritarianism", LexiconCategory.Confrontational),
        Entry(7, "trade and investment", LexiconCategory.SharedGoal),
        Entry(8, "condemn", LexiconCategory.Confrontational),
        Entry(9, "Đảng", LexiconCategory.Confrontational, "vi"),
    ];

    [Fact]
    public void An_empty_statement_has_no_findings_and_says_it_is_empty()
    {
        var r = FramingAnalysis.Analyze("", Lexicon);

        Assert.Empty(r.Findings);
        Assert.False(r.ReassurancePresent);
        Assert.Equal(["The statement is empty: nothing to check."], r.Advice);
    }

    [Fact]
    public void Vietnamese_terms_match_without_diacritics_and_spans_point_into_the_original()
    {
        var text = "Chúng tôi lo ngại về dien bien hoa binh.";
        var f = FramingAnalysis.Analyze(text, Lexicon).Findings.Single();

        Assert.Equal("dien bien hoa binh", text.Substring(f.Start, f.Length));
        Assert.Equal("say something else 2", f.Suggestion);
    }

    [Fact]
    public void D_with_stroke_folds_to_d_and_decomposed_marks_stay_inside_the_span()
    {
        var text = "Vai trò của Dang và Đảng";
        var decomposed = "Ve \u0110a\u0309ng".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(2, FramingAnalysis.Analyze(text, Lexicon).Findings.Count);
        var f = FramingAnalysis.Analyze(decomposed, Lexicon).Findings.Single();
        Assert.Equal(decomposed[3..], decomposed.Substring(f.Start, f.Length));
    }

    [Fact]
    public void Reassurance_is_found_with_an_inflected_verb_and_a_typographic_apostrophe()
    {
        var r = FramingAnalysis.Analyze("The United States respects Vietnam’s political system.", Lexicon);

        Assert.True(r.ReassurancePresent);
        Assert.DoesNotContain(r.Advice, a => a.StartsWith("No reassurance", StringComparison.Ordinal));
    }

    [Fact]
    public void The_longest_overlapping_term_is_one_finding_and_word_endings_count_but_other_words_do_not()
    {
        var r = FramingAnalysis.Analyze("Defending against authoritarianism; she condemns it; a regimen of trade and investment.", Lexicon);

        Assert.Equal(["defending against authoritarianism", "condemn", "trade and investment"], r.Findings.Select(f => f.Term));
        Assert.Equal("condemns", r.Findings[1].Text);
        Assert.Equal(2, r.Confrontational);
        Assert.False(r.ReassurancePresent);
        Assert.Contains(r.Advice, a => a.StartsWith("No reassurance", StringComparison.Ordinal));
    }
}
