using Parley.Analyses.Cascade;

namespace Parley.Analyses.Asks;

/// <summary>The framework that supports an ask on the date: one in force, else one pending (proposed, negotiated, signed).</summary>
public sealed record AskLever(string Key, string Name, FrameworkStage Stage, string Status, string Reach, string? Note, IReadOnlyList<AskCitation> Citations)
{
    public bool InForce => Stage == FrameworkStage.InForce;
}
