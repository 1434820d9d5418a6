namespace Parley.Domain;

/// <summary>A code, law, decree or directive, holding provisions.</summary>
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
    public List<Provision> Provisions { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
