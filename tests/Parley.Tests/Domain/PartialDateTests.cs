using Parley.Domain;

namespace Parley.Tests.Domain;

public class PartialDateTests
{
    [Theory]
    [InlineData("2023")]
    [InlineData("2023-10")]
    [InlineData("2024-02-29")]
    public void A_year_month_or_day_reads_back_as_written(string text) =>
        Assert.Equal(text, PartialDate.Parse(text).ToString());

    [Theory]
    [InlineData("23")]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("2023/10")]
    [InlineData("October 2023")]
    [InlineData("")]
    public void Anything_but_an_iso_partial_date_is_refused(string text) =>
        Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void A_year_deadline_runs_to_the_end_of_that_year()
    {
        var deadline = PartialDate.Parse("2025");
        Assert.Equal(new DateOnly(2025, 1, 1), deadline.Earliest);
        Assert.Equal(new DateOnly(2025, 12, 31), deadline.Latest);
        Assert.Equal(new DateOnly(2024, 2, 29), PartialDate.Parse("2024-02").Latest);
    }

    [Fact]
    public void Dates_sort_in_time_order_whatever_their_precision() =>
        Assert.Equal(["2007", "2023", "2023-10", "2023-10-10", "2024"],
            new[] { "2024", "2023-10-10", "2007", "2023-10", "2023" }.Select(PartialDate.Parse).Order().Select(d => d.ToString()));
}
