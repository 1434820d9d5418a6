using Parley.Domain;

namespace Parley.Analyses.Risk;

/// <summary>
/// A dated piece of evidence behind an area's risk: a step of a case (CaseKey set), a restrictive instrument entering
/// into force, or a positive step; its weight and what it still counts for in the year asked.
/// </summary>
public sealed record RiskEvidence(string CaseKey, string PersonName, string? PersonRole, CaseEventKind Event, string Date, string ThroughArea)
{
    /// <summary>"case", "restrictive instrument" or "positive step".</summary>
    public string Kind { get; init; } = "case";
    public string Description { get; init; } = "";
    /// <summary>Provisions a charge or sentence was under ("Article 117").</summary>
    public IReadOnlyList<string> Provisions { get; init; } = [];
    public double Weight { get; init; }
    /// <summary>The weight after decay to the year asked.</summary>
    public double Counts { get; init; }
}
