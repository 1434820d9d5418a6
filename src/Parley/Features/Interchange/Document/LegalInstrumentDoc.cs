using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A legal instrument in the interchange document.</summary>
public sealed record LegalInstrumentDoc(string Key, string Title, string Party, InstrumentKind Kind, int? Year = null, string? Issuer = null, string? Summary = null,
    List<string>? Aliases = null, PartialDate? Adopted = null, PartialDate? InForceFrom = null, PartialDate? InForceUntil = null, string? ReplacedBy = null,
    string? Amends = null, List<CitationDoc>? Citations = null);
