using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;

namespace Parley.Features.Records.Kinds;

/// <summary>Sources: the documents every fact rests on; their page lists every record that cites them.</summary>
public static class SourceRecords
{
    public static RecordKind<Source> Kind { get; } = new()
    {
        Slug = "sources", Singular = "source", Plural = "Sources",
        New = key => new Source { Key = key },
        Label = s => s.Title,
        Fields =
        [
            new TextField<Source>("title", "Title", s => s.Title, (s, v) => s.Title = v ?? "") { Required = true, MaxLength = 500 },
            new EnumField<Source, SourceKind>("kind", "Kind", s => s.Kind, (s, v) => s.Kind = v),
            new TextField<Source>("author", "Author", s => s.Author, (s, v) => s.Author = v),
            new TextField<Source>("publisher", "Publisher", s => s.Publisher, (s, v) => s.Publisher = v),
            new DateField<Source>("published", "Published", s => s.Published, (s, v) => s.Published = v),
            new TextField<Source>("url", "URL", s => s.Url, (s, v) => s.Url = v),
            new TextField<Source>("note", "Note", s => s.Note, (s, v) => s.Note = v) { Multiline = true },
        ],
        Columns =
        [
            new("title", "Title", s => DisplayValue.Of(s.Title)),
            new("kind", "Kind", s => DisplayValue.Of(EnumText.Of(s.Kind))),
            new("published", "Published", s => DisplayValue.Of(s.Published?.ToString())),
            new("author", "Author", s => DisplayValue.Of(s.Author ?? s.Publisher)),
        ],
        Filters = [ListFilter<Source>.Enum("kind", "Kind", s => s.Kind), ListFilter<Source>.Year(s => s.Published?.Year)],
        Inbound =
        [
            new("Records citing this source", async (db, s, ct) =>
            [
                .. await RefsAsync(db.Parties.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.IssueAreas.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.Institutions.Where(x => x.Citations.Any(c => c.SourceId == s.Id) || x.Powers.Any(p => p.SourceId == s.Id)), ct),
                .. await RefsAsync(db.Channels.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.Rounds.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.Recommendations.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.Commitments.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.Cases.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.LegalInstruments.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.Provisions.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.Programmes.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.Frameworks.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.Statements.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.LexiconEntries.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
                .. await RefsAsync(db.RiskAssessments.Where(x => x.Citations.Any(c => c.SourceId == s.Id)), ct),
            ]),
        ],
    };
}
