using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>
/// A numbered footnote: the source a fact rests on and where in it (its short title, publisher and the passage). The
/// source and passage are kept so a reader (or a test) can check the note against the record's citations.
/// </summary>
public sealed record BriefingSource(int Number, string Text, string? Url)
{
    public int SourceId { get; init; }
    public string? Locator { get; init; }
    /// <summary>When the source was published: the age of the facts that rest on it.</summary>
    public PartialDate? Published { get; init; }
}
