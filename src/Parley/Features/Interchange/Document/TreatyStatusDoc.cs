using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A party's status with a treaty in the interchange document.</summary>
public sealed record TreatyStatusDoc(string Key, string Party, string Treaty, TreatyParticipation Participation, PartialDate? Signed = null, PartialDate? Bound = null,
    PartialDate? InForce = null, string? Reservations = null, string? Note = null, List<CitationDoc>? Citations = null);
