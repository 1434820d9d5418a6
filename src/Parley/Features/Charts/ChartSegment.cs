namespace Parley.Features.Charts;

/// <summary>One part of a bar: how many of one series (say "implemented"), and the list those rows are in.</summary>
public sealed record ChartSegment(string Series, int Value, string? Href = null);
