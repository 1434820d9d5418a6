namespace Parley.Features.Audit;

/// <summary>One field of a change as a person reads it: the field's name in words, and the values before and after as text (null when empty).</summary>
public sealed record ReadableChange(string Field, string? Before, string? After);
