namespace Parley.Features.Timeline;

/// <summary>The lanes of the timeline, top to bottom, by name; the page shows them in the reader's language ("Timeline.Lane.*" in Text.resx).</summary>
public static class TimelineLanes
{
    public const string Rounds = "rounds";
    public const string Cases = "cases";
    public const string Frameworks = "frameworks";
    public const string Deadlines = "deadlines";
    public const string Statuses = "statuses";

    public static readonly IReadOnlyList<string> All = [Rounds, Cases, Frameworks, Deadlines, Statuses];
}
