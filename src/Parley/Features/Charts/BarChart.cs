namespace Parley.Features.Charts;

/// <summary>
/// A horizontal bar chart, stacked when it has more than one series: a title, what each bar counts, the series in the
/// order they are stacked, and the bars. <see cref="ChartSvg"/> draws it.
/// </summary>
public sealed record BarChart(string Title, string Counted, IReadOnlyList<string> Series, IReadOnlyList<ChartBar> Bars);
