using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>An entry of a commitment's status history.</summary>
public sealed record StatusChangeDoc(CommitmentStatus Status, PartialDate? Date = null, string? Note = null, string? Round = null);
