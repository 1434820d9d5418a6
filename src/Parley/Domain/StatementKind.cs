namespace Parley.Domain;

/// <summary>The form of a statement.</summary>
public enum StatementKind
{
    JointStatement,
    Speech,
    Remark,
    PressRelease,
    Report,
    Draft,
    Other,
    /// <summary>An official communiqué, public by nature.</summary>
    Communique,
}
