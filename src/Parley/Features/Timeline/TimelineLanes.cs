namespace Parley.Features.Timeline;

/// <summary>The lanes of the timeline, top to bottom.</summary>
public static class TimelineLanes
{
    public const string Rounds = "Rounds";
    public const string Cases = "Arrests, trials and other case events";
    public const string Frameworks = "Framework events";
    public const string Deadlines = "Commitment deadlines";
    public const string Statuses = "Commitment status changes";

    public static readonly IReadOnlyList<string> All = [Rounds, Cases, Frameworks, Deadlines, Statuses];
}
