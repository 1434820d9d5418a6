namespace Parley.Features.Interchange.Document;

/// <summary>An issue area in the interchange document; parent by key.</summary>
public sealed record IssueAreaDoc(string Key, string Name, string? Parent = null, string? Description = null, List<CitationDoc>? Citations = null);
