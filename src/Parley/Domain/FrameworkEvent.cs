namespace Parley.Domain;

/// <summary>A dated event of a framework for one party: signature, ratification, withdrawal.</summary>
public class FrameworkEvent
{
    public PartialDate? Date { get; set; }
    public int? PartyId { get; set; }
    public Party? Party { get; set; }
    public FrameworkEventKind Kind { get; set; }
    public string? Note { get; set; }
}
