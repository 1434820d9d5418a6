using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A recommendation in the interchange document.</summary>
public sealed record RecommendationDoc(string Key, string Text, RecommendationResponse Response, string? From = null, string? To = null, string? Round = null, string? Mechanism = null, int? ActionCategory = null, int? Session = null, int? Cycle = null, PartialDate? Date = null, List<string>? IssueAreas = null, List<CitationDoc>? Citations = null);
