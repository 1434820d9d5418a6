using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A framework in the interchange document.</summary>
public sealed record FrameworkDoc(string Key, string Name, FrameworkKind Kind, string? Description = null, List<string>? Members = null, List<FrameworkEventDoc>? Events = null, List<LeverageDoc>? Leverage = null, List<CitationDoc>? Citations = null);
