namespace Parley.Analyses.Risk;

/// <summary>How an area's risk moved from the year before.</summary>
public enum RiskTrend
{
    Unknown,
    New,
    Rising,
    Steady,
    Falling,
}
