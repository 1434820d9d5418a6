using Parley.Analyses.Matching;
using Parley.Features.Accounts;
using Parley.Features.Search;

namespace Parley.Tests.Analyses.Matching;

/// <summary>One folding for the whole program: search and name withholding see the same letters.</summary>
public class FoldingTests
{
    private static readonly Withholding Names = Withholding.Of(["Hoàng Thị Minh Hồng", "Đặng Đình Bách"]);

    [Theory]
    [InlineData("Hoàng Thị Minh Hồng")]
    [InlineData("Hoang Thi Minh Hong")]
    [InlineData("HOÀNG THỊ MINH HỒNG")]
    [InlineData("hoang thi minh hong")]
    [InlineData("Hoang-Thi-Minh-Hong")]
    [InlineData("Hoàng–Thị–Minh–Hồng")]
    [InlineData("Hoàng\u200BThị\u200BMinh\u200BHồng")]
    [InlineData("Hoàng\u200CThị\u200CMinh\u200CHồng")]
    [InlineData("Hoàng\u200DThị\u200DMinh\u200DHồng")]
    [InlineData("Hoàng\u2060Thị\u2060Minh\u2060Hồng")]
    [InlineData("Hoàng\uFEFFThị\uFEFFMinh\uFEFFHồng")]
    [InlineData("Ho\u0300ang Thi\u0323 Minh Ho\u0302\u0300ng")]
    [InlineData("HoangThiMinhHong")]
    [InlineData("Dang Dinh Bach")]
    [InlineData("dang-dinh-bach")]
    [InlineData("ĐẶNG ĐÌNH BÁCH")]
    public void Every_spelling_of_a_name_is_withheld_where_it_was_written(string spelling) =>
        Assert.Equal("Visit to [name withheld] refused.", Names.Text($"Visit to {spelling} refused."));

    [Fact]
    public void Text_without_a_name_comes_back_as_it_was()
    {
        const string text = "Hoàng Sa and Minh Hồng street are places, not a name.";
        Assert.Same(text, Names.Text(text));
    }

    [Fact]
    public void Search_and_withholding_fold_the_same_way()
    {
        // A zero-width character inside a word no longer splits it, for search as for withholding.
        Assert.Equal("hoang thi minh hong", SearchWords.Terms("Ho\u200Bàng Th\u2060ị Minh Hồ\uFEFFng"));
        Assert.Equal(SearchWords.Terms("Đặng Đình Bách"), SearchWords.Terms("dang dinh bach"));
        Assert.Equal("dang dinh bach", FoldedText.Fold("Đặng Đình Bách"));
    }
}
