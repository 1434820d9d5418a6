namespace Parley.Domain;

/// <summary>What a change did to a record, or (for sensitive records) that someone read it.</summary>
public enum AuditAction
{
    Create,
    Update,
    Delete,
    /// <summary>Case details were read: who and when, no values.</summary>
    Read,
}
