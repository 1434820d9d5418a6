namespace Parley.Features.Tagging;

/// <summary>Where a suggested theme stands: the model's guess, or an editor's decision on it.</summary>
public enum ThemeSuggestionStatus
{
    Suggested,
    /// <summary>An editor agreed: the label's issue areas are on the recommendation, and training learns it.</summary>
    Confirmed,
    /// <summary>An editor disagreed: never suggested again for this recommendation, and training learns it is absent.</summary>
    Rejected,
}
