using Parley.Domain;

namespace Parley.Analyses.Cascade;

/// <summary>A framework that gives leverage on an issue area, how it reaches it, whether it still holds, and the commitments resting on it there.</summary>
public sealed record FrameworkLever(string Key, string Name, FrameworkKind Kind, string Reach, string? Note,
    IReadOnlyList<string> Members, IReadOnlyList<string> Withdrawals, bool Active, IReadOnlyList<string> Commitments);
