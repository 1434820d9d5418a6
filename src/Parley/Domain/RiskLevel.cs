namespace Parley.Domain;

/// <summary>How dangerous advocacy or cooperation on an issue area is for the people involved.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
