using Parley.Analyses.Framing;
using Parley.Domain;

namespace Parley.Tests.Analyses;

/// <summary>
/// Held-out style: the statements use wordings that are not literally in the lexicon (inflections, derivations,
/// negations, words in between, Vietnamese typed without diacritics), as a desk officer would write them.
/// </summary>
public class FramingWordingTests
{
    private static LexiconEntry Entry(string key, string term, LexiconCategory category, string language, string suggestion) => new()
    {
        Key = key, Lexicon = LexiconKind.Framing, Category = category, Term = term, Language = language,
        Why = $"why {key}", Suggestion = suggestion,
        Citations = [new Citation { Source = new Source { Title = "Rethinking Human Rights", Publisher = "CSIS" }, Locator = $"quote for {key}" }],
    };

    private static readonly LexiconEntry[] Lexicon =
    [
        Entry("condemn-en", "condemn", LexiconCategory.Confrontational, "en", "express concern about"),
        Entry("condemn-vi", "lên án", LexiconCategory.Confrontational, "vi", "bày tỏ quan ngại về"),
        Entry("dictatorship-en", "dictatorship", LexiconCategory.Confrontational, "en", "name the government"),
        Entry("dictatorship-vi", "độc tài", LexiconCategory.Confrontational, "vi", "gọi đúng tên cơ quan"),
        Entry("authoritarianism-en", "authoritarianism", LexiconCategory.Confrontational, "en", "shared goals"),
        Entry("regime-change-en", "regime change", LexiconCategory.Confrontational, "en", "respect the political system"),
        Entry("regime-change-vi", "thay đổi chế độ", LexiconCategory.Confrontational, "vi", "tôn trọng thể chế chính trị"),
        Entry("dictatorial-regime-vi", "chế độ … độc tài", LexiconCategory.Confrontational, "vi", "gọi đúng tên cơ quan"),
        Entry("respect-system-en", "respect … political system", LexiconCategory.Reassurance, "en", "good"),
        Entry("respect-system-vi", "tôn trọng … thể chế chính trị", LexiconCategory.Reassurance, "vi", "tốt"),
        Entry("party-vi", "Đảng", LexiconCategory.Confrontational, "vi", "…"),
        Entry("raise-privately-en", "raise privately", LexiconCategory.PrivateRaising, "en", "good"),
    ];

    private static FramingResult Check(string text, StatementKind? kind = null, params RecordedCase[] cases) =>
        FramingAnalysis.Analyze(text, Lexicon, kind, cases);

    private static string Found(string text, FramingFinding f) => text.Substring(f.Start, f.Length);

    [Theory]
    [InlineData("The government is dictatorial.", "dictatorial", "dictatorship-en")]
    [InlineData("Authoritarian rulers must go.", "Authoritarian", "authoritarianism-en")]
    [InlineData("We are condemning the arrests.", "condemning", "condemn-en")]
    [InlineData("Congress condemned the sentence.", "condemned", "condemn-en")]
    [InlineData("The condemnations continue.", "condemnations", "condemn-en")]
    [InlineData("Two dictatorships fell.", "dictatorships", "dictatorship-en")]
    public void English_inflections_and_derivations_match_the_lexicon_stem(string text, string words, string key)
    {
        var f = Check(text).Findings.Single();

        Assert.Equal(words, Found(text, f));
        Assert.Equal(key, f.LexiconKey);
        Assert.Equal(LexiconCategory.Confrontational, f.Category);
    }

    [Theory]
    [InlineData("The U.S. does not seek regime change in Vietnam.")]
    [InlineData("We have never sought regime change.")]
    [InlineData("Washington doesn't support regime change.")]
    [InlineData("Hoa Kỳ không ủng hộ thay đổi chế độ ở Việt Nam.")]
    [InlineData("Hoa Ky khong tim cach thay doi che do.")]
    public void A_negated_confrontational_term_is_a_disavowal_that_reassures(string text)
    {
        var r = Check(text);

        var f = r.Findings.Single();
        Assert.Equal(FindingKind.Disavowal, f.Kind);
        Assert.Equal(LexiconCategory.Reassurance, f.Category);
        Assert.True(r.ReassurancePresent);
        Assert.Equal(0, r.Confrontational);
        Assert.Equal("ready", r.Verdict);
    }

    [Fact]
    public void A_negation_with_another_verb_in_between_does_not_disavow()
    {
        var r = Check("We will not accept regime change by force; we condemn it.");

        Assert.Equal(2, r.Confrontational);
        Assert.Equal("reword 2 terms; add reassurance", r.Verdict);
    }

    [Theory]
    [InlineData("The United States respects the political system of Viet Nam.", "respects the political system")]
    [InlineData("We have always respected Vietnam's chosen political system.", "respected Vietnam's chosen political system")]
    [InlineData("Hoa Kỳ tôn trọng độc lập, chủ quyền và thể chế chính trị của Việt Nam.", "tôn trọng độc lập, chủ quyền và thể chế chính trị")]
    [InlineData("Hoa Ky ton trong the che chinh tri cua Viet Nam.", "ton trong the che chinh tri")]
    public void Reassurance_is_found_with_words_in_between(string text, string words)
    {
        var r = Check(text);

        Assert.True(r.ReassurancePresent);
        Assert.Equal(words, Found(text, r.Findings.Single()));
        Assert.Equal("ready", r.Verdict);
    }

    [Fact]
    public void Words_too_far_apart_or_in_another_sentence_are_not_a_match()
    {
        Assert.False(Check("We respect the many and varied and long and complex and old and rich political system.").ReassurancePresent);
        Assert.False(Check("We respect you. The political system is yours.").ReassurancePresent);
    }

    [Fact]
    public void The_joint_statement_wording_with_sovereignty_between_respect_and_political_system_reassures()
    {
        Assert.True(Check("Both sides respect each other's independence, sovereignty, territorial integrity and political system.").ReassurancePresent);
    }

    [Fact]
    public void A_negated_reassurance_reassures_no_one_and_says_what_to_write()
    {
        var r = Check("We do not respect the political system.");

        var f = r.Findings.Single();
        Assert.Equal(FindingKind.NegatedReassurance, f.Kind);
        Assert.False(r.ReassurancePresent);
        Assert.Contains("respect", f.Suggestion);
    }

    [Theory]
    [InlineData("Chúng tôi lên án việc bắt giữ.", "lên án")]
    [InlineData("Chung toi len an viec bat giu.", "len an")]
    [InlineData("Một chế độ chính trị độc tài.", "chế độ chính trị độc tài")]
    [InlineData("Mot che do doc tai.", "che do doc tai")]
    public void Vietnamese_matches_whole_syllables_with_or_without_diacritics(string text, string words)
    {
        var r = Check(text);

        var f = r.Findings.Single();
        Assert.Equal(words, Found(text, f));
        Assert.Equal("vi", r.Language);
        Assert.Equal(LexiconCategory.Confrontational, f.Category);
    }

    [Theory]
    [InlineData("Chúng tôi lênán việc này.")]
    [InlineData("Độc tàii")]
    [InlineData("Họ đang làm việc.")]
    public void Vietnamese_never_matches_part_of_a_syllable_or_a_syllable_with_other_tone_marks(string text)
    {
        Assert.Empty(Check(text).Findings);
    }

    [Fact]
    public void The_rewording_is_in_the_statements_language_and_each_finding_cites_its_source()
    {
        var vi = Check("Chung toi len an chinh quyen.");
        var en = Check("We condemn the arrest.");

        Assert.Equal("bày tỏ quan ngại về", vi.Findings.Single().Suggestion);
        Assert.Equal("express concern about", en.Findings.Single().Suggestion);
        Assert.Equal("Rethinking Human Rights (CSIS): “quote for condemn-en”", en.Findings.Single().Citations.Single().ToString());
    }

    [Theory]
    [InlineData(StatementKind.PressRelease)]
    [InlineData(StatementKind.Communique)]
    [InlineData(StatementKind.Speech)]
    public void A_public_statement_naming_a_recorded_case_is_flagged_with_the_advice_to_raise_it_in_the_dialogue(StatementKind kind)
    {
        var text = "We respect Vietnam's political system. We call for the release of Nguyen Van Binh.";
        var r = Check(text, kind, new RecordedCase("binh", "Nguyễn Văn Bình"), new RecordedCase("other", "Trần Thị Lan"));

        var f = r.Findings.Single(x => x.Kind == FindingKind.PublicCase);
        Assert.Equal("Nguyen Van Binh", Found(text, f));
        Assert.Equal(1, r.PublicCases);
        Assert.Contains("dialogue", f.Why);
        Assert.Equal("quote for raise-privately-en", f.Citations.Single().Locator);
        Assert.Equal("raise 1 named case in the dialogue, not in public", r.Verdict);
    }

    [Fact]
    public void The_same_name_in_a_draft_of_unknown_kind_is_a_note_and_not_part_of_the_verdict()
    {
        var r = Check("We respect the political system and will raise Nguyễn Văn Bình privately.", null, new RecordedCase("binh", "Nguyễn Văn Bình"));

        Assert.Equal(FindingKind.NamedCase, r.Findings.Single(f => f.Category == LexiconCategory.PrivateRaising && f.Kind != FindingKind.Term).Kind);
        Assert.Equal("ready", r.Verdict);
        Assert.Equal(0, r.PublicCases);
    }

    [Fact]
    public void Changing_the_lexicon_changes_the_findings()
    {
        var text = "The junta must respect rights.";
        Assert.Empty(FramingAnalysis.Analyze(text, Lexicon).Findings);

        var edited = Lexicon.Append(new LexiconEntry { Key = "junta-en", Lexicon = LexiconKind.Framing, Category = LexiconCategory.Confrontational, Term = "junta", Language = "en" }).ToList();
        Assert.Equal("junta", FramingAnalysis.Analyze(text, edited).Findings.Single().Text);
    }
}
