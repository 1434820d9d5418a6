using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>A source a piece of evidence rests on, by title and publisher, with the passage (locator) that supports it.</summary>
public sealed record AskCitation(int SourceId, string Title, string? Publisher, string? Locator, string? Url)
{
    public static IReadOnlyList<AskCitation> Of(IEnumerable<Citation> citations) =>
        citations.Where(c => c.Source is not null)
            .Select(c => new AskCitation(c.SourceId, c.Source.Title, c.Source.Publisher, c.Locator, c.Source.Url)).Distinct().ToList();

    public override string ToString() =>
        $"{Title}{(Publisher is { Length: > 0 } p ? $" ({p})" : "")}{(Locator is { Length: > 0 } l ? $": “{l}”" : "")}";
}
