namespace Parley.Features.Tagging;

/// <summary>
/// One label's linear classifier over the featurised text: a recommendation gets the label when
/// bias + Σ weight·feature reaches the threshold tuned on the validation split. Weights are dense over the features.
/// </summary>
public sealed record ThemeLabelWeights(string Label, float Bias, float Threshold, float[] Weights, int TrainingPositives);
