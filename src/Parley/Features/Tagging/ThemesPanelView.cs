namespace Parley.Features.Tagging;

/// <summary>What the themes section of a recommendation's page shows.</summary>
public sealed record ThemesPanelView(string Key, IReadOnlyList<ThemeSuggestionView> Themes, bool CanDecide, ThemeModelInfo Model);
