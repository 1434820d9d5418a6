namespace Parley.Domain;

/// <summary>Where a commitment stands at a point in time.</summary>
public enum CommitmentStatus
{
    Proposed,
    Open,
    InProgress,
    Fulfilled,
    Stalled,
    Lapsed,
    Withdrawn,
}
