using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A dialogue channel in the interchange document.</summary>
public sealed record ChannelDoc(string Key, string Name, ChannelKind Kind, int? StartYear = null, string? Scope = null, List<string>? Parties = null, List<string>? IssueAreas = null, List<CitationDoc>? Citations = null);
