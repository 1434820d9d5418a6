namespace Parley.Domain;

/// <summary>A dated step in a case: arrest, charge, trial, sentence, release.</summary>
public class CaseEvent
{
    public PartialDate? Date { get; set; }
    public CaseEventKind Kind { get; set; }
    public string? Description { get; set; }
}
