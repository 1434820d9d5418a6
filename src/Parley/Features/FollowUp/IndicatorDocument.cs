using Parley.Domain;

namespace Parley.Features.FollowUp;

/// <summary>An indicator; frequency is monthly, quarterly, half-yearly or yearly.</summary>
public sealed record IndicatorDocument(int Number, string Measure, string? Baseline, string? Target, string Frequency, string? Verification)
{
    public static IndicatorDocument Of(FollowUpIndicator i) => new(i.Number, i.Measure, i.Baseline, i.Target, FollowUpNames.Name(i.Frequency), i.Verification);
}
