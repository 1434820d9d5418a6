using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A case in the interchange document.</summary>
public sealed record CaseDoc(string Key, string PersonName, CaseStatus Status, string? PersonRole = null, string? Party = null, string? Sentence = null, string? Summary = null, List<string>? IssueAreas = null, List<string>? Charges = null, List<CaseEventDoc>? Events = null, List<string>? RaisedIn = null, List<CitationDoc>? Citations = null);
