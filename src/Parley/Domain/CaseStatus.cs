namespace Parley.Domain;

/// <summary>Where a case stands.</summary>
public enum CaseStatus
{
    Unknown,
    Detained,
    Charged,
    Tried,
    Sentenced,
    Released,
    Acquitted,
}
