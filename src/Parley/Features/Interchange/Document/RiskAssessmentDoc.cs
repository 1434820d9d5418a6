using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>An analyst's risk assessment in the interchange document.</summary>
public sealed record RiskAssessmentDoc(string Key, string IssueArea, int Year, RiskLevel Level, bool Overrides = false, string? Party = null, string? Note = null, List<CitationDoc>? Citations = null);
