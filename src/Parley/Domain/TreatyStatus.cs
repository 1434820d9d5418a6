namespace Parley.Domain;

/// <summary>
/// Where a party stands with a treaty: signed, ratified or acceded (with the dates of each step and of entry into
/// force for it), reservations made, or not party at all, as a cited source states it at a date.
/// </summary>
public class TreatyStatus : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public int PartyId { get; set; }
    public Party Party { get; set; } = null!;
    public int TreatyId { get; set; }
    /// <summary>The treaty, a legal instrument of kind <see cref="InstrumentKind.Treaty"/>.</summary>
    public LegalInstrument Treaty { get; set; } = null!;
    public TreatyParticipation Participation { get; set; }
    public PartialDate? Signed { get; set; }
    /// <summary>The date the party became bound: ratification, accession or approval deposited.</summary>
    public PartialDate? Bound { get; set; }
    public PartialDate? InForce { get; set; }
    public string? Reservations { get; set; }
    public string? Note { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
