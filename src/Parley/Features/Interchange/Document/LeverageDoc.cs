namespace Parley.Features.Interchange.Document;

/// <summary>The leverage a framework gives on an issue area.</summary>
public sealed record LeverageDoc(string IssueArea, string? Note = null);
