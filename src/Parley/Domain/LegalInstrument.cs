namespace Parley.Domain;

/// <summary>
/// A code, law, decree, directive or treaty, holding provisions. Laws change: an instrument is adopted, is in force
/// from one date until another, may amend another instrument and may be replaced by a later one; every question asked
/// "as of" a date reads these dates (see <see cref="LegalValidity"/>).
/// </summary>
public class LegalInstrument : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public int PartyId { get; set; }
    public Party Party { get; set; } = null!;
    public InstrumentKind Kind { get; set; }
    public int? Year { get; set; }
    public int? IssuerId { get; set; }
    public Institution? Issuer { get; set; }
    public string? Summary { get; set; }
    /// <summary>Other names it goes by (abbreviations, short titles: "ICCPR", "Convention No. 87"), to find it in recommendations.</summary>
    public List<string> Aliases { get; set; } = [];
    public PartialDate? Adopted { get; set; }
    public PartialDate? InForceFrom { get; set; }
    /// <summary>The last day it was in force; null while it is.</summary>
    public PartialDate? InForceUntil { get; set; }
    public int? ReplacedById { get; set; }
    /// <summary>The instrument that took its place when it ceased to be in force.</summary>
    public LegalInstrument? ReplacedBy { get; set; }
    public int? AmendsId { get; set; }
    /// <summary>The instrument this one amends (an amending law names the code it changes).</summary>
    public LegalInstrument? Amends { get; set; }
    public List<Provision> Provisions { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
