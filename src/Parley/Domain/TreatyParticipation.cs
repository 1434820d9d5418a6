namespace Parley.Domain;

/// <summary>How far a party has gone with a treaty.</summary>
public enum TreatyParticipation
{
    /// <summary>No signature, ratification or accession recorded in the cited source.</summary>
    NotParty,
    Signed,
    Ratified,
    Acceded,
}
