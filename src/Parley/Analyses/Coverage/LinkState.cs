namespace Parley.Analyses.Coverage;

/// <summary>Whether a link of the decision chain is at the table.</summary>
public enum LinkState
{
    /// <summary>An institution holding the power is in the delegation.</summary>
    Covered,
    /// <summary>Institutions hold the power, but none of them is in the delegation.</summary>
    Missing,
    /// <summary>No institution on record holds the power: a gap in the record, not in the delegation.</summary>
    NoHolderOnRecord,
}
