namespace Parley.Domain;

/// <summary>A dated event in a framework's life for one party.</summary>
public enum FrameworkEventKind
{
    Negotiation,
    Signature,
    Ratification,
    EntryIntoForce,
    Withdrawal,
    Election,
    Adoption,
    Other,
}
