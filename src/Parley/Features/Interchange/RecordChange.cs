namespace Parley.Features.Interchange;

/// <summary>A stored record a file's row differs from: where the row is and which fields it would change.</summary>
public sealed record RecordChange(string Kind, string Key, int? Line, IReadOnlyList<string> Fields);
