namespace Parley.Domain;

/// <summary>A dated entry in a commitment's status history; the latest one is its current state.</summary>
public class CommitmentStatusChange
{
    public PartialDate? Date { get; set; }
    public CommitmentStatus Status { get; set; }
    public string? Note { get; set; }
    public int? RoundId { get; set; }
    public Round? Round { get; set; }
}
