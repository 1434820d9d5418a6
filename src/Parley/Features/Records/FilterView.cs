namespace Parley.Features.Records;

/// <summary>
/// A filter as the list's form shows it: a labelled select with the chosen value and, beside each choice, how many of
/// the records the other filters leave hold it (null when the filter is not counted).
/// </summary>
public sealed record FilterView(string Name, string Label, IReadOnlyList<Choice> Choices, string Selected, IReadOnlyDictionary<string, int>? Counts = null)
{
    /// <summary>The choice's words (in the reader's language where they are interface words) with its count, as the select shows them.</summary>
    public string TextOf(Choice choice, Microsoft.Extensions.Localization.IStringLocalizer<Web.Text> text)
    {
        var words = choice.Words?.In(text) ?? choice.Text;
        return Counts is null ? words : $"{words} ({Counts.GetValueOrDefault(choice.Value).ToString("N0", System.Globalization.CultureInfo.CurrentCulture)})";
    }
}
