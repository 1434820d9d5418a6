using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Parley.Features.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> on the server as HTML: a figure with a caption, an SVG of horizontal (stacked) bars
/// whose every part is a link to the list of its rows, a sentence that says what the chart shows (for screen readers
/// and anyone who would rather read), and the same numbers as a table. No script: it works in any browser, in print
/// and with images or styles off. A page passes the chart through the reader's view before drawing it (a label cut
/// short would hide a name from the view afterwards).
/// </summary>
public static class ChartSvg
{
    private const int Width = 720;
    private const int LabelWidth = 220;
    private const int BarArea = Width - LabelWidth - 60;
    private const int Row = 24;
    private const int BarHeight = 16;
    private const int LegendHeight = 26;
    private const int LabelChars = 32;

    /// <summary>Colours for the series in order; distinct in grey scale too, and each part also carries its text.</summary>
    private static readonly string[] Palette = ["#1f5fa8", "#6aa2d8", "#c98a1b", "#9a3d00", "#5b6475", "#2e7d4f", "#a1161b", "#b9bfcc"];

    public static string Colour(int series) => Palette[series % Palette.Length];

    /// <summary>
    /// The chart as an HTML fragment; <paramref name="id"/> makes its element ids unique on the page; <paramref name="words"/>
    /// are the fixed words in the reader's language (English when not given).
    /// </summary>
    public static string Render(BarChart chart, string id, ChartWords? words = null)
    {
        words ??= ChartWords.English;
        var html = new StringBuilder();
        var title = $"{id}-title";
        var desc = $"{id}-desc";
        var summary = Summary(chart, words);
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\" id=\"{Attr(id)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<figcaption><strong>{Text(chart.Title)}</strong> <span class=\"chart-summary\">{Text(summary)}</span></figcaption>");
        if (chart.Bars.Count > 0) Svg(html, chart, title, desc, summary);
        Table(html, chart, id, words);
        html.Append("</figure>");
        return html.ToString();
    }

    /// <summary>The text alternative: what is counted, the total, and the largest bars with their parts.</summary>
    public static string Summary(BarChart chart, ChartWords? words = null)
    {
        words ??= ChartWords.English;
        if (chart.Bars.Count == 0) return string.Format(CultureInfo.CurrentCulture, words.NothingToShow, chart.Counted);
        var total = chart.Bars.Sum(b => b.Total);
        var largest = chart.Bars.OrderByDescending(b => b.Total).ThenBy(b => b.Label, StringComparer.Ordinal).Take(3)
            .Select(b => $"{b.Label} {Parts(chart, b)}");
        var bars = chart.Bars.Count == 1 ? words.OneBar : string.Format(CultureInfo.CurrentCulture, words.Bars, chart.Bars.Count);
        return string.Format(CultureInfo.CurrentCulture, words.Summary, Number(total), chart.Counted, bars, string.Join("; ", largest));
    }

    private static string Parts(BarChart chart, ChartBar bar) => chart.Series.Count <= 1
        ? $"({Number(bar.Total)})"
        : $"({Number(bar.Total)}: {string.Join(", ", bar.Segments.Where(s => s.Value > 0).Select(s => $"{Number(s.Value)} {s.Series}"))})";

    private static void Svg(StringBuilder html, BarChart chart, string title, string desc, string summary)
    {
        var legend = chart.Series.Count > 1 ? LegendHeight : 0;
        var height = legend + chart.Bars.Count * Row + 4;
        var max = Math.Max(1, chart.Bars.Max(b => b.Total));
        html.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\"{Attr(title)} {Attr(desc)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<title id=\"{Attr(title)}\">{Text(chart.Title)}</title><desc id=\"{Attr(desc)}\">{Text(summary)}</desc>");
        if (legend > 0)
        {
            var x = LabelWidth;
            for (var i = 0; i < chart.Series.Count; i++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{Colour(i)}\"/>");
                html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"16\" font-size=\"12\">{Text(chart.Series[i])}</text>");
                x += 28 + chart.Series[i].Length * 7;
            }
        }
        for (var b = 0; b < chart.Bars.Count; b++)
        {
            var bar = chart.Bars[b];
            var y = legend + b * Row;
            var label = bar.Label.Length > LabelChars ? bar.Label[..(LabelChars - 1)] + "…" : bar.Label;
            var labelText = $"<text x=\"{LabelWidth - 6}\" y=\"{y + 13}\" font-size=\"12\" text-anchor=\"end\">{Text(label)}<title>{Text(bar.Label)}</title></text>";
            html.Append(bar.Href is null ? labelText : $"<a href=\"{Attr(bar.Href)}\">{labelText}</a>");
            double x = LabelWidth;
            foreach (var segment in bar.Segments.Where(s => s.Value > 0))
            {
                var width = Math.Max(1.0, segment.Value * (double)BarArea / max);
                var series = Math.Max(0, IndexOf(chart.Series, segment.Series));
                var name = chart.Series.Count > 1 ? $"{bar.Label}, {segment.Series}: {Number(segment.Value)}" : $"{bar.Label}: {Number(segment.Value)}";
                var rect = string.Create(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x:0.#}\" y=\"{y + 2}\" width=\"{width:0.#}\" height=\"{BarHeight}\" fill=\"{Colour(series)}\"><title>{Text(name)}</title></rect>");
                var href = segment.Href ?? bar.Href;
                html.Append(href is null ? rect : $"<a href=\"{Attr(href)}\" aria-label=\"{Attr(name)}\">{rect}</a>");
                x += width;
            }
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 4:0.#}\" y=\"{y + 14}\" font-size=\"12\">{Number(bar.Total)}</text>");
        }
        html.Append("</svg>");
    }

    private static void Table(StringBuilder html, BarChart chart, string id, ChartWords words)
    {
        html.Append(CultureInfo.InvariantCulture, $"<details class=\"chart-table\"><summary>{Text(words.ShowAsTable)}</summary><div class=\"scroll\"><table aria-describedby=\"{Attr(id)}-title\">");
        html.Append("<thead><tr><th scope=\"col\"></th>");
        if (chart.Series.Count > 1)
            foreach (var series in chart.Series) html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"num\">{Text(series)}</th>");
        html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"num\">{Text(words.Total)}</th></tr></thead><tbody>");
        foreach (var bar in chart.Bars)
        {
            html.Append("<tr><th scope=\"row\">").Append(Link(bar.Href, bar.Label)).Append("</th>");
            if (chart.Series.Count > 1)
                foreach (var series in chart.Series)
                {
                    var segment = bar.Segments.FirstOrDefault(s => s.Series == series);
                    html.Append("<td class=\"num\">").Append(segment is null ? "0" : Link(segment.Value > 0 ? segment.Href : null, Number(segment.Value))).Append("</td>");
                }
            html.Append("<td class=\"num\">").Append(Number(bar.Total)).Append("</td></tr>");
        }
        html.Append("</tbody></table></div></details>");
    }

    private static string Link(string? href, string text) => href is null ? Text(text) : $"<a href=\"{Attr(href)}\">{Text(text)}</a>";

    private static int IndexOf(IReadOnlyList<string> series, string name)
    {
        for (var i = 0; i < series.Count; i++) if (series[i] == name) return i;
        return -1;
    }

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Letters of every script stay as written (only markup characters are escaped), so the reader's view finds a
    /// withheld name in the drawn chart as it does in any text.
    /// </summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Text(string s) => Encoder.Encode(s);

    private static string Attr(string s) => Encoder.Encode(s);
}
