namespace Parley.Features.Interchange.Document;

/// <summary>A technical-assistance programme in the interchange document.</summary>
public sealed record ProgrammeDoc(string Key, string Name, string? Funder = null, string? Implementer = null, List<string>? Partners = null, string? PartnerDescription = null, List<string>? IssueAreas = null, List<string>? Topics = null, int? StartYear = null, int? EndYear = null, string? Description = null, List<CitationDoc>? Citations = null);
