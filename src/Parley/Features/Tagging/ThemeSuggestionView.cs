namespace Parley.Features.Tagging;

/// <summary>
/// A theme as a recommendation's page, the API and the CLI show it: the label, its score and the words that drove
/// it, which model said so, what an editor decided, and the issue areas (and SDG) the label files under.
/// </summary>
public sealed record ThemeSuggestionView(
    string Label, double Score, IReadOnlyList<string> Words, string ModelVersion, ThemeSuggestionStatus Status,
    string? DecidedBy, DateTimeOffset? DecidedAt, IReadOnlyList<string> IssueAreas, string? Sdg);
