namespace Parley.Features.Interchange.Document;

/// <summary>A citation: the source's key and a locator inside it.</summary>
public sealed record CitationDoc(string Source, string? Locator = null);
