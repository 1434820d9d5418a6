namespace Parley.Domain;

/// <summary>A dated entry in a commitment's status history; the latest one is its current state.</summary>
public class CommitmentStatusChange
{
    /// <summary>The store's number for the entry: entries on the same date count in this (recording) order; 0 until stored.</summary>
    public int Id { get; set; }
    public PartialDate? Date { get; set; }
    public CommitmentStatus Status { get; set; }
    public string? Note { get; set; }
    public int? RoundId { get; set; }
    public Round? Round { get; set; }
}
