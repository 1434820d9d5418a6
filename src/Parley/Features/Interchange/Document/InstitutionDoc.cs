using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>An institution in the interchange document.</summary>
public sealed record InstitutionDoc(string Key, string Name, string Party, InstitutionKind Kind, string? Description = null, List<PowerDoc>? Powers = null, List<CitationDoc>? Citations = null);
