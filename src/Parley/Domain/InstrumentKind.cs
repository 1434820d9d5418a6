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
    Other,
}
