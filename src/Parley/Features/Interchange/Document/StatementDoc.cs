using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A statement in the interchange document.</summary>
public sealed record StatementDoc(string Key, string Title, StatementKind Kind, string Text, string? Party = null, string? Speaker = null, PartialDate? Date = null, string? Round = null, List<CitationDoc>? Citations = null);
