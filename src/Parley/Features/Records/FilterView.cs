namespace Parley.Features.Records;

/// <summary>A filter as the list's form shows it: a labelled select with the chosen value.</summary>
public sealed record FilterView(string Name, string Label, IReadOnlyList<Choice> Choices, string Selected);
