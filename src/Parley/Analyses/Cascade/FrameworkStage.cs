namespace Parley.Analyses.Cascade;

/// <summary>Where a framework stands on a date, read from its dated events.</summary>
public enum FrameworkStage
{
    /// <summary>No event on record at all: its status is unknown.</summary>
    NotOnRecord,
    /// <summary>Its first dated event comes after the date: it did not exist yet.</summary>
    NotYet,
    Proposed,
    Negotiated,
    Signed,
    InForce,
    /// <summary>A party left after it had entered into force.</summary>
    Withdrawn,
    /// <summary>A party left before it ever entered into force.</summary>
    NeverInForce,
}
