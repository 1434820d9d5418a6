using Parley.Domain;

namespace Parley.Features.Tagging;

/// <summary>
/// A theme (a UPR Info issue label) the model suggests for a recommendation: a suggestion, not a fact, until an
/// editor confirms it. One row per recommendation and label, whatever the model version.
/// </summary>
public class ThemeSuggestion
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public Recommendation? Recommendation { get; set; }
    /// <summary>The label as the UPR Info files spell it ("Freedom of opinion and expression").</summary>
    public string Label { get; set; } = "";
    /// <summary>0 to 1; above 0.5 the model's score passed the label's threshold.</summary>
    public double Score { get; set; }
    /// <summary>The n-grams that drove the score most, separated by " · ".</summary>
    public string Words { get; set; } = "";
    public string ModelVersion { get; set; } = "";
    public ThemeSuggestionStatus Status { get; set; }
    public DateTimeOffset SuggestedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}
