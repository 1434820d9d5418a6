using Parley.Domain;

namespace Parley.Analyses.Risk;

/// <summary>An area's risk in one year (null: nothing on record).</summary>
public sealed record YearLevel(int Year, RiskLevel? Level);
