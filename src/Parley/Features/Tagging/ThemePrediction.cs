namespace Parley.Features.Tagging;

/// <summary>
/// A label the model gives a text: its score (above 0.5 means above the label's tuned threshold) and the n-grams of
/// the text that pushed it most, strongest first.
/// </summary>
public sealed record ThemePrediction(string Label, double Score, IReadOnlyList<string> Words);
