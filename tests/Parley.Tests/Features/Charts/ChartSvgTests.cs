using System.Xml.Linq;
using Parley.Features.Charts;

namespace Parley.Tests.Features.Charts;

/// <summary>The chart's HTML: every part a link to its rows, a title and text alternative, a table with the same numbers.</summary>
public class ChartSvgTests
{
    private static readonly BarChart Stacked = new("Recommendations by issue area", "recommendations", ["accepted", "noted"],
    [
        new ChartBar("Labour rights", [new ChartSegment("accepted", 6, "/r?area=labour&response=accepted"), new ChartSegment("noted", 2, "/r?area=labour&response=noted")], "/r?area=labour"),
        new ChartBar("Freedom of <expression> & press", [new ChartSegment("accepted", 3, "/r?area=foe&response=accepted"), new ChartSegment("noted", 11, "/r?area=foe&response=noted")], "/r?area=foe"),
        new ChartBar("Death penalty", [new ChartSegment("accepted", 0, "/r?area=dp&response=accepted"), new ChartSegment("noted", 1, "/r?area=dp&response=noted")], "/r?area=dp"),
    ]);

    private static XElement Figure(string html) => XElement.Parse(html.Replace("&nbsp;", " ", StringComparison.Ordinal));

    private static XNamespace Svg => "http://www.w3.org/2000/svg";

    [Fact]
    public void Every_part_of_every_bar_links_to_the_list_of_its_rows()
    {
        var figure = Figure(ChartSvg.Render(Stacked, "areas"));
        var svg = figure.Element(Svg + "svg")!;
        var links = svg.Descendants(Svg + "a").Where(a => a.Element(Svg + "rect") is not null).ToList();
        // Parts with nothing in them are not drawn: 2 + 2 + 1.
        Assert.Equal(5, links.Count);
        Assert.Contains(links, a => a.Attribute("href")!.Value == "/r?area=foe&response=noted" && a.Attribute("aria-label")!.Value == "Freedom of <expression> & press, noted: 11");
        Assert.DoesNotContain(links, a => a.Attribute("href")!.Value == "/r?area=dp&response=accepted");
        var labels = svg.Descendants(Svg + "a").Where(a => a.Element(Svg + "text") is not null).Select(a => a.Attribute("href")!.Value);
        Assert.Equal(["/r?area=labour", "/r?area=foe", "/r?area=dp"], labels);
    }

    [Fact]
    public void The_bars_are_as_long_as_their_counts()
    {
        var svg = Figure(ChartSvg.Render(Stacked, "areas")).Element(Svg + "svg")!;
        double Width(string href) => double.Parse(svg.Descendants(Svg + "a").Single(a => a.Attribute("href")!.Value == href)
            .Element(Svg + "rect")!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Width("/r?area=foe&response=noted"), 11 * Width("/r?area=dp&response=noted"), 0.5);
        Assert.True(Width("/r?area=labour&response=accepted") > Width("/r?area=foe&response=accepted"));
    }

    [Fact]
    public void The_chart_has_a_name_a_text_alternative_and_a_caption()
    {
        var figure = Figure(ChartSvg.Render(Stacked, "areas"));
        var svg = figure.Element(Svg + "svg")!;
        Assert.Equal("areas-title areas-desc", svg.Attribute("aria-labelledby")!.Value);
        Assert.Equal("Recommendations by issue area", svg.Element(Svg + "title")!.Value);
        var desc = svg.Element(Svg + "desc")!.Value;
        Assert.Equal("23 recommendations in 3 bars; the largest: Freedom of <expression> & press (14: 3 accepted, 11 noted); " +
            "Labour rights (8: 6 accepted, 2 noted); Death penalty (1: 1 noted).", desc);
        Assert.Contains(desc, figure.Element("figcaption")!.Value);
    }

    [Fact]
    public void The_table_holds_the_same_numbers_with_the_same_links()
    {
        var table = Figure(ChartSvg.Render(Stacked, "areas")).Descendants("table").Single();
        Assert.Equal(["", "accepted", "noted", "Total"], table.Element("thead")!.Descendants("th").Select(th => th.Value));
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Freedom of <expression> & press", "3", "11", "14"], rows[1].Elements().Select(c => c.Value));
        Assert.Equal("/r?area=foe&response=noted", rows[1].Elements("td").ElementAt(1).Element("a")!.Attribute("href")!.Value);
        // A zero is not a link: it would open an empty list.
        Assert.Null(rows[2].Elements("td").First().Element("a"));
    }

    [Fact]
    public void An_empty_chart_says_so_and_draws_no_svg()
    {
        var figure = Figure(ChartSvg.Render(new BarChart("Cases per year", "cases", ["cases"], []), "cases"));
        Assert.Null(figure.Element(Svg + "svg"));
        Assert.Contains("No cases to show.", figure.Element("figcaption")!.Value);
    }

    [Fact]
    public void A_single_series_chart_has_no_legend_and_plain_part_names()
    {
        var chart = new BarChart("Cases per year", "cases", ["cases"], [new ChartBar("2023", [new ChartSegment("cases", 4)], "/c?year=2023")]);
        var svg = Figure(ChartSvg.Render(chart, "years")).Element(Svg + "svg")!;
        Assert.Equal("2023: 4", svg.Descendants(Svg + "a").Single(a => a.Element(Svg + "rect") is not null).Attribute("aria-label")!.Value);
        Assert.Single(svg.Elements(Svg + "rect").Concat(svg.Descendants(Svg + "rect")).Distinct());
    }
}
