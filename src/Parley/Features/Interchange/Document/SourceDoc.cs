using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A source as it appears in the interchange document.</summary>
public sealed record SourceDoc(string Key, string Title, SourceKind Kind, string? Author = null, string? Publisher = null, PartialDate? Published = null, string? Url = null, string? Note = null);
