using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A legal instrument in the interchange document.</summary>
public sealed record LegalInstrumentDoc(string Key, string Title, string Party, InstrumentKind Kind, int? Year = null, string? Issuer = null, string? Summary = null, List<CitationDoc>? Citations = null);
