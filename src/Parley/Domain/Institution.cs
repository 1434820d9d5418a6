namespace Parley.Domain;

/// <summary>A body of a party (ministry, legislature, party organ, security service, court, association) and what it can decide.</summary>
public class Institution : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public int PartyId { get; set; }
    public Party Party { get; set; } = null!;
    public InstitutionKind Kind { get; set; }
    public string? Description { get; set; }
    public List<InstitutionPower> Powers { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
