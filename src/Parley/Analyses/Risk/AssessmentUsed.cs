using Parley.Domain;

namespace Parley.Analyses.Risk;

/// <summary>An analyst's assessment taken into account, with its note and source.</summary>
public sealed record AssessmentUsed(string Key, int Year, RiskLevel Level, bool Overrides, string? Note, IReadOnlyList<string> Sources);
