using Parley.Analyses.Asks;
using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>
/// Numbers the passages a briefing cites, in order of first use, so every fact carries the footnote of the citation
/// that supports it: the source's short title and publisher, and the quoted passage (locator).
/// </summary>
public sealed class SourceNotes(IReadOnlyList<Source> sources)
{
    private readonly Dictionary<(int SourceId, string? Locator), BriefingSource> _notes = [];
    private readonly Dictionary<int, Source> _sources = sources.ToDictionary(s => s.Id);

    public IReadOnlyList<BriefingSource> All => _notes.Values.OrderBy(n => n.Number).ToList();

    public BriefingSource this[int number] => _notes.Values.First(n => n.Number == number);

    public IReadOnlyList<int> For(IEnumerable<Citation> citations) =>
        citations.OrderBy(c => c.SourceId).ThenBy(c => c.Locator, StringComparer.Ordinal)
            .Select(c => Number(c.SourceId, c.Locator, c.Source ?? _sources.GetValueOrDefault(c.SourceId))).Distinct().ToList();

    public IReadOnlyList<int> For(params IEnumerable<Citation>[] citations) => For(citations.SelectMany(c => c));

    /// <summary>The numbers of an analysis' citations, shared with the record citations of the same source and passage.</summary>
    public IReadOnlyList<int> For(IEnumerable<AskCitation> citations) =>
        citations.OrderBy(c => c.SourceId).ThenBy(c => c.Locator, StringComparer.Ordinal)
            .Select(c => Number(c.SourceId, c.Locator, _sources.GetValueOrDefault(c.SourceId) ?? new Source { Id = c.SourceId, Title = c.Title, Publisher = c.Publisher, Url = c.Url }))
            .Distinct().ToList();

    /// <summary>The title up to its subtitle ("Rethinking Human Rights" of "Rethinking Human Rights: How the United States …").</summary>
    public static string ShortTitle(string title) => title.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon ? title[..colon] : title;

    private int Number(int sourceId, string? locator, Source? source)
    {
        var key = (sourceId, locator);
        if (!_notes.TryGetValue(key, out var note))
        {
            var described = source is null ? "" : string.Join(", ",
                new[] { ShortTitle(source.Title), source.Publisher, source.Published?.ToString() }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var text = locator is { Length: > 0 } l ? $"{described}: “{l}”" : described;
            _notes[key] = note = new BriefingSource(_notes.Count + 1, text, source?.Url)
            {
                SourceId = sourceId, Locator = locator, Published = source?.Published,
            };
        }
        return note.Number;
    }
}
