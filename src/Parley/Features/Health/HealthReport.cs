namespace Parley.Features.Health;

/// <summary>The body of GET /health.</summary>
public sealed record HealthReport(string Status, string Provider, string? SchemaVersion);
