namespace Parley.Domain;

/// <summary>The form of a legal instrument.</summary>
public enum InstrumentKind
{
    Constitution,
    Code,
    Law,
    Decree,
    Directive,
    Resolution,
    Circular,
    /// <summary>An international treaty, convention or protocol (UN human-rights treaties, ILO conventions).</summary>
    Treaty,
    Other,
}
