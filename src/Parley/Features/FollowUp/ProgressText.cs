using System.Globalization;

namespace Parley.Features.FollowUp;

/// <summary>Progress statistics as plain lines: the command line's table, and sentences the briefing can quote.</summary>
public static class ProgressText
{
    /// <summary>"3 (+2)": the count now and how it moved since the comparison day.</summary>
    public static string Trend(int now, int then, bool compared) =>
        !compared || now == then ? now.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{now} ({now - then:+0;-0})");

    /// <summary>The comparison in words: "compared with 2025-05-12 (Human Rights Dialogue, 28th round)" or that there is none.</summary>
    public static string Comparison(ProgressSummary s) => s.Since is { } day
        ? string.Create(CultureInfo.InvariantCulture, $"changes since {day:yyyy-MM-dd}{(s.SinceRound is { } round ? $" ({round})" : "")} in brackets")
        : "no earlier round to compare with";

    public static IEnumerable<string> Lines(ProgressSummary s)
    {
        var compared = s.Since is not null;
        yield return string.Create(CultureInfo.InvariantCulture,
            $"{s.Recommendations} accepted recommendation(s) and {s.Commitments} commitment(s), by {s.By}, on {s.Today:yyyy-MM-dd}; {Comparison(s)}");
        var names = ProgressCounts.Names();
        yield return $"{"",-40}  {string.Join("  ", names.Select(n => $"{n,-16}"))}";
        yield return Row("all", s.Overall, s.OverallThen, compared);
        foreach (var g in s.Groups) yield return Row(g.Label, g.Now, g.Then, compared);
    }

    private static string Row(string label, ProgressCounts now, ProgressCounts then, bool compared)
    {
        var cells = now.InOrder.Zip(then.InOrder, (n, t) => $"{Trend(n, t, compared),-16}");
        var name = label.Length > 40 ? label[..39] + "…" : label;
        return $"{name,-40}  {string.Join("  ", cells)}";
    }
}
