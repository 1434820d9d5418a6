namespace Parley.Features.Interchange.Document;

/// <summary>An agenda item in the interchange document.</summary>
public sealed record AgendaItemDoc(string IssueArea, string? Note = null);
