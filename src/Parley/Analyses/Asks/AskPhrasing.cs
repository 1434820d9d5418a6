namespace Parley.Analyses.Asks;

/// <summary>Small pieces of the asks' English wording: short names and quoted, joined lists.</summary>
internal static class AskPhrasing
{
    public static string ShortName(string name) => name.Split(" (")[0];

    public static string Quoted(IReadOnlyList<string> terms) => Join(terms.Select(t => $"“{t}”").ToList());

    public static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
