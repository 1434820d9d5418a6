using Parley.Domain;
using Parley.Features.Records.Fields;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;
using Parley.Features.Search;
using static Parley.Features.Search.SearchLinks;

namespace Parley.Features.Records.Kinds;

/// <summary>Sources: the documents every fact rests on; their page lists every record that cites them.</summary>
public static class SourceRecords
{
    public static RecordKind<Source> Kind { get; } = new()
    {
        Slug = "sources", Singular = "source", Plural = "Sources",
        New = key => new Source { Key = key },
        Label = s => s.Title,
        Search = new SearchText<Source>("source", (s, _) => new(s.Title, Join(s.Author, s.Publisher, s.Note, s.Url), null, s.Published?.Year, Kebab(s.Kind), [])),
        Api = new ApiKind<Source, SourceDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<Source>, string, IQueryable<Source>>>
            {
                ["kind"] = (q, v) => { var kind = Word<SourceKind>(v); return q.Where(x => x.Kind == kind); },
                ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Published >= from && x.Published < to); },
            },
            ToDocument = (x, s) => new SourceDoc(s.Key, s.Title, s.Kind, s.Author, s.Publisher, s.Published, s.Url, s.Note),
            Create = (m, d) => new Source
            {
                Key = d.Key, Title = m.Required(d.Title, "title"), Kind = d.Kind, Author = d.Author, Publisher = d.Publisher,
                Published = d.Published, Url = d.Url, Note = d.Note,
            },
        },
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
            new("kind", "Kind", s => DisplayValue.Of(EnumText.Words(s.Kind))),
            new("published", "Published", s => DisplayValue.Of(s.Published?.ToString())),
            new("author", "Author", s => DisplayValue.Of(s.Author ?? s.Publisher)),
        ],
        Filters = [ListFilter<Source>.Enum("kind", "Kind", s => s.Kind), ListFilter<Source>.Year(s => s.Published?.Year)],
        InboundFromModel = new Dictionary<Type, string>(), InboundTogether = "Records citing this source",
    };
}
