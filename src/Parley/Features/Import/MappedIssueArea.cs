namespace Parley.Features.Import;

/// <summary>An issue area a mapping refers to, created by the import when the store does not have it yet.</summary>
public sealed record MappedIssueArea(string Key, string Name, string? Parent = null, string? Description = null);
