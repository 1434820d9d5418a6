using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>One power of an institution; no issue area means every area.</summary>
public sealed record PowerDoc(Power Power, string? IssueArea = null, string? Note = null, string? Source = null, string? Locator = null);
