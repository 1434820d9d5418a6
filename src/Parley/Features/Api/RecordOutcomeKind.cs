namespace Parley.Features.Api;

/// <summary>How an attempt to create, update or delete a record ended.</summary>
public enum RecordOutcomeKind
{
    Saved,
    /// <summary>Fields are wrong: see <see cref="RecordOutcome.Errors"/>, by field.</summary>
    Invalid,
    NotFound,
    /// <summary>Create: a record of the kind already has the key.</summary>
    KeyTaken,
    /// <summary>Someone saved the record since it was opened: the message says who and when.</summary>
    Conflict,
    /// <summary>Delete: other records link to it; the message names the links.</summary>
    Linked,
}
