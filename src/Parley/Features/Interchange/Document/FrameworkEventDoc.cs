using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A dated event of a framework.</summary>
public sealed record FrameworkEventDoc(FrameworkEventKind Kind, PartialDate? Date = null, string? Party = null, string? Note = null);
