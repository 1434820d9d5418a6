using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A round in the interchange document.</summary>
public sealed record RoundDoc(string Key, string Channel, string Title, RoundStatus Status, int? Number = null, PartialDate? Date = null, string? Place = null, string? Outcomes = null, List<DelegateDoc>? Delegates = null, List<AgendaItemDoc>? Agenda = null, List<CitationDoc>? Citations = null);
