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
}
