namespace Parley.Analyses.Enforceability;

/// <summary>A warning about where a commitment stands.</summary>
public enum FlagKind
{
    Overdue,
    Stalled,
    Lapsed,
}
