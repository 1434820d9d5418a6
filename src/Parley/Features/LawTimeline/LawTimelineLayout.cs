using System.Globalization;

namespace Parley.Features.LawTimeline;

/// <summary>
/// Geometry of the timeline drawn on the server: one row per version, a bar for its time in force along a year axis
/// that runs from the oldest dated start to a year past today, a mark for today. An open start is drawn from the axis'
/// left end with a faded edge, an open end up to today with an arrow: the record does not say more.
/// </summary>
public sealed class LawTimelineLayout
{
    public const int Width = 900;
    public const int LabelWidth = 330;
    public const int RowHeight = 30;
    public const int AxisHeight = 26;

    public sealed record Bar(LawVersion Version, double Y, double X1, double X2, bool OpenStart, bool OpenEnd);
    public sealed record Tick(int Year, double X);

    public IReadOnlyList<Bar> Bars { get; }
    public IReadOnlyList<Tick> Ticks { get; }
    public double TodayX { get; }
    public int Height { get; }

    public LawTimelineLayout(IReadOnlyList<LawVersion> versions, DateOnly today)
    {
        var dated = versions.SelectMany(v => new[] { v.From?.Earliest, v.Until?.Latest }).OfType<DateOnly>().ToList();
        var first = dated.Count == 0 ? today.Year - 1 : Math.Min(dated.Min().Year, today.Year) - 1;
        var last = Math.Max(today.Year, dated.Count == 0 ? today.Year : dated.Max().Year) + 1;
        var start = new DateOnly(first, 1, 1);
        var span = new DateOnly(last, 12, 31).DayNumber - start.DayNumber;
        double XOf(DateOnly day) => LabelWidth + (Width - LabelWidth - 12) * (double)(Math.Max(day.DayNumber, start.DayNumber) - start.DayNumber) / span;

        var step = Math.Max(1, (last - first) / 10 + 1);
        Ticks = [.. Enumerable.Range(first, last - first + 1).Where(y => (y - first) % step == 0).Select(y => new Tick(y, XOf(new DateOnly(y, 1, 1))))];
        TodayX = XOf(today);
        Bars = [.. versions.Select((v, i) =>
        {
            var x1 = v.From is { } from ? XOf(from.Earliest) : LabelWidth;
            var x2 = v.Until is { } until ? XOf(until.Latest) : TodayX;
            return new Bar(v, AxisHeight + i * RowHeight, x1, Math.Max(x1 + 3, x2), v.From is null, v.Until is null);
        })];
        Height = AxisHeight + versions.Count * RowHeight + 6;
    }

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
