using Parley.Domain;

namespace Parley.Analyses.Cascade;

/// <summary>
/// A framework that gives leverage on an issue area, how it reaches it, its stage on the date (Active: in force), and
/// the commitments resting on it there.
/// </summary>
public sealed record FrameworkLever(string Key, string Name, FrameworkKind Kind, string Reach, string? Note,
    IReadOnlyList<string> Members, IReadOnlyList<string> Withdrawals, bool Active, IReadOnlyList<string> Commitments)
{
    public FrameworkStage Stage { get; init; }
    /// <summary>The stage in words, with its date ("signed since 2016-02-04", "proposed (date not on record)").</summary>
    public string Status { get; init; } = "";
}
