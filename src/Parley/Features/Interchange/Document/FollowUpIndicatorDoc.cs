using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>An indicator of a follow-up, numbered within it.</summary>
public sealed record FollowUpIndicatorDoc(int Number, string Measure, ReportingFrequency Frequency, string? Baseline = null, string? Target = null,
    string? Verification = null);
