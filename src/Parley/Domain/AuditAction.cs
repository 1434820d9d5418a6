namespace Parley.Domain;

/// <summary>What a change did to a record.</summary>
public enum AuditAction
{
    Create,
    Update,
    Delete,
}
