namespace Parley.Features.Records;

/// <summary>
/// A filter as the list's form shows it: a labelled select with the chosen value and, beside each choice, how many of
/// the records the other filters leave hold it (null when the filter is not counted).
/// </summary>
public sealed record FilterView(string Name, string Label, IReadOnlyList<Choice> Choices, string Selected, IReadOnlyDictionary<string, int>? Counts = null)
{
    /// <summary>The choice's words with its count, as the select shows them.</summary>
    public string TextOf(Choice choice) =>
        Counts is null ? choice.Text : $"{choice.Text} ({Counts.GetValueOrDefault(choice.Value).ToString("N0", System.Globalization.CultureInfo.CurrentCulture)})";
}
