using Parley.Domain;

namespace Parley.Analyses.Risk;

/// <summary>A dated step of a case that drives an area's risk, and the case's issue area it reaches the area through.</summary>
public sealed record RiskEvidence(string CaseKey, string PersonName, string? PersonRole, CaseEventKind Event, string Date, string ThroughArea);
