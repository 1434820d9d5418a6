namespace Parley.Features.Tagging;

/// <summary>One label's figures on a test set: how many texts truly have it, precision, recall and F1.</summary>
public sealed record ThemeLabelScore(string Label, int Support, double Precision, double Recall, double F1);
