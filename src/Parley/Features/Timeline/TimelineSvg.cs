using System.Globalization;

namespace Parley.Features.Timeline;

/// <summary>
/// Lays the timeline out for an inline SVG drawn on the server: one lane per kind of event, years along the x axis,
/// items that would overlap in a lane nudged onto alternate rows.
/// </summary>
public sealed class TimelineSvg
{
    public const int Width = 1100;
    public const int LabelWidth = 210;
    public const int LaneHeight = 64;
    public const int AxisHeight = 28;

    public sealed record Mark(TimelineItem Item, double X, double Y);
    public sealed record Tick(int Year, double X);

    public IReadOnlyList<Mark> Marks { get; }
    public IReadOnlyList<Tick> Ticks { get; }
    public IReadOnlyList<(string Lane, double Y)> Lanes { get; }
    public int Height => AxisHeight + TimelineLanes.All.Count * LaneHeight + 8;

    public TimelineSvg(IReadOnlyList<TimelineItem> items)
    {
        var first = items.Count == 0 ? DateTime.UtcNow.Year : items.Min(i => i.Day.Year);
        var last = items.Count == 0 ? first : items.Max(i => i.Day.Year);
        var start = new DateOnly(first, 1, 1);
        var end = new DateOnly(last + 1, 1, 1);
        var span = Math.Max(1, end.DayNumber - start.DayNumber);
        double XOf(DateOnly day) => LabelWidth + (Width - LabelWidth - 16) * (double)(day.DayNumber - start.DayNumber) / span;

        Lanes = TimelineLanes.All.Select((lane, i) => (lane, (double)(AxisHeight + i * LaneHeight))).ToList();
        var step = Math.Max(1, (last - first + 1) / 15 + 1);
        Ticks = Enumerable.Range(first, last - first + 2).Where(y => (y - first) % step == 0).Select(y => new Tick(y, XOf(new DateOnly(y, 1, 1)))).ToList();

        var marks = new List<Mark>();
        foreach (var (lane, top) in Lanes)
        {
            var lastX = new double[3] { double.MinValue, double.MinValue, double.MinValue };
            foreach (var item in items.Where(i => i.Lane == lane).OrderBy(i => i.Day))
            {
                var x = XOf(item.Day);
                // Take the first row whose previous mark is far enough away; otherwise the row used longest ago.
                var row = Array.FindIndex(lastX, prev => x - prev >= 12);
                if (row < 0) row = Array.IndexOf(lastX, lastX.Min());
                lastX[row] = x;
                marks.Add(new Mark(item, x, top + 16 + row * 16));
            }
        }
        Marks = marks;
    }

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
