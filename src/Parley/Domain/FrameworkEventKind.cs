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
    /// <summary>The framework is proposed, not yet negotiated: a lever that may come, not one that holds.</summary>
    Proposal,
}
