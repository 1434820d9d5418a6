using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>Numbers the sources a briefing cites, in order of first use, so every fact can carry its footnote.</summary>
public sealed class SourceNotes
{
    private readonly Dictionary<(int SourceId, string? Locator), BriefingSource> _notes = [];

    public IReadOnlyList<BriefingSource> All => _notes.Values.OrderBy(n => n.Number).ToList();

    public IReadOnlyList<int> For(IEnumerable<Citation> citations) =>
        citations.OrderBy(c => c.SourceId).ThenBy(c => c.Locator, StringComparer.Ordinal).Select(Number).Distinct().ToList();

    public IReadOnlyList<int> For(params IEnumerable<Citation>[] citations) => For(citations.SelectMany(c => c));

    /// <summary>The numbers of an analysis' citations, shared with the record citations of the same source and passage.</summary>
    public IReadOnlyList<int> For(IEnumerable<Parley.Analyses.Asks.AskCitation> citations) =>
        citations.OrderBy(c => c.SourceId).ThenBy(c => c.Locator, StringComparer.Ordinal).Select(c =>
        {
            var key = (c.SourceId, c.Locator);
            if (_notes.TryGetValue(key, out var known)) return known.Number;
            var described = string.Join(", ", new[] { c.Title, c.Publisher }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var note = new BriefingSource(_notes.Count + 1, c.Locator is { Length: > 0 } l ? $"{described}: “{l}”" : described, c.Url);
            _notes[key] = note;
            return note.Number;
        }).Distinct().ToList();

    private int Number(Citation citation)
    {
        var key = (citation.SourceId, citation.Locator);
        if (!_notes.TryGetValue(key, out var note))
        {
            var s = citation.Source;
            var described = string.Join(", ", new[] { s.Title, s.Author, s.Publisher, s.Published?.ToString() }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var text = citation.Locator is { Length: > 0 } locator ? $"{described}: “{locator}”" : described;
            _notes[key] = note = new BriefingSource(_notes.Count + 1, text, s.Url);
        }
        return note.Number;
    }
}
