namespace Parley.Features.FollowUp;

/// <summary>
/// An action or indicator of an assignment that is due, overdue or unreported, with the day it is (or was) due, how many
/// days remain (negative when late), and who follows it: institutions by name, people by name.
/// </summary>
public sealed record DueItem(
    string Assignment,
    string AssignmentTitle,
    string Item,
    int Number,
    string What,
    DateOnly DueOn,
    int DaysLeft,
    DueStatus Status,
    IReadOnlyList<string> Institutions,
    IReadOnlyList<string> People)
{
    /// <summary>The follow-up is an example made up to show the feature, not a recorded fact.</summary>
    public bool Illustration { get; init; }
}
