namespace Parley.Features.Audit;

/// <summary>One field of a record as an audit entry changed it: the value before and after, as display text.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
