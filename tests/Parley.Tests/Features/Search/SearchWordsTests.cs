using Parley.Analyses.Matching;
using Parley.Features.Search;

namespace Parley.Tests.Features.Search;

public class SearchWordsTests
{
    [Theory]
    [InlineData("Hoàng Thị Minh Hồng", "hoang thi minh hong")]
    [InlineData("ĐỒNG TÂM, đồng tâm", "dong tam dong tam")]
    [InlineData("Ho\u0300ang Thi\u0323 (typed decomposed)", "hoang thi typed decomposed")]
    [InlineData("labour-rights; Article 117", "labour rights article 117")]
    public void Words_are_folded_to_plain_lower_case_letters(string text, string terms) =>
        Assert.Equal(terms, SearchWords.Terms(text));

    [Fact]
    public void Folding_keeps_every_position_so_a_match_marks_the_original_letters()
    {
        const string text = "Bộ luật Hình sự Điều 331";

        Assert.Equal(text.Length, Folding.Fold(text).Length);
        Assert.True(SearchQuery.TryParse("dieu hinh", out var query, out _));
        Assert.Equal("Bộ luật <mark>Hình</mark> sự <mark>Điều</mark> 331", Highlighter.Html(Highlighter.Pieces(text, query)));
    }

    [Fact]
    public void Query_words_are_quoted_for_FTS5_and_joined_for_tsquery_so_no_word_is_an_operator()
    {
        Assert.True(SearchQuery.TryParse("NEAR OR \"labour rights\" detent*", out var query, out _));

        Assert.Equal("\"near\" AND \"or\" AND \"labour rights\" AND \"detent\"*", query.ToFts5());
        Assert.Equal("near & or & (labour <-> rights) & detent:*", query.ToTsQuery());
    }
}
