namespace Parley.Features.Tagging;

/// <summary>A recommendation's text with its issue labels as the UPR Info files spell them: one training example.</summary>
public sealed record LabelledText(string Text, IReadOnlyList<string> Labels);
