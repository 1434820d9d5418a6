namespace Parley.Features.Tagging;

/// <summary>
/// What a model was trained on and how: its version (time and data fingerprint), the number of examples, the trainer,
/// and the validation figures its thresholds were tuned on. Stored with the model and shown with each suggestion.
/// </summary>
public sealed record ThemeModelInfo
{
    public required string Version { get; init; }
    public required DateTimeOffset TrainedAt { get; init; }
    /// <summary>A fingerprint of the training texts and labels: the same data gives the same value.</summary>
    public required string DataVersion { get; init; }
    public required int Examples { get; init; }
    public required string Trainer { get; init; }
    public required IReadOnlyList<string> Labels { get; init; }
    /// <summary>
    /// Labels that stand alone: in training nearly always the only label of their text (the catch-alls "General" and
    /// "Other" in the UPR Info data), so given only when no other label is (<see cref="ThemeLabelChoice"/>).
    /// Models saved before this existed have none.
    /// </summary>
    public IReadOnlyList<string> AloneLabels { get; init; } = [];
    public double ValidationMicroF1 { get; init; }
    public double ValidationMacroF1 { get; init; }
    /// <summary>What the model learnt from, in words ("UPR Info files sessions-01-05.csv, ... and 12 confirmed suggestions").</summary>
    public string TrainedOn { get; init; } = "";
}
