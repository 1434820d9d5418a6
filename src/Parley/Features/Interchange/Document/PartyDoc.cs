using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A party in the interchange document.</summary>
public sealed record PartyDoc(string Key, string Name, PartyKind Kind, List<string>? Aliases = null, List<CitationDoc>? Citations = null);
