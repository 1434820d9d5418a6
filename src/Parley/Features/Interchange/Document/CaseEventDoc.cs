using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A dated event of a case.</summary>
public sealed record CaseEventDoc(CaseEventKind Kind, PartialDate? Date = null, string? Description = null);
