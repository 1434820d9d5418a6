namespace Parley.Features.Charts;

/// <summary>One bar of a chart: its label, its parts (one per series, stacked), and the list its rows are in.</summary>
public sealed record ChartBar(string Label, IReadOnlyList<ChartSegment> Segments, string? Href = null)
{
    public int Total => Segments.Sum(s => s.Value);
}
