using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;
using Parley.Features.Search;
using static Parley.Features.Search.SearchLinks;

namespace Parley.Features.Records.Kinds;

/// <summary>Statements said or drafted.</summary>
public static class StatementRecords
{
    public static RecordKind<Statement> Kind { get; } = new()
    {
        Slug = "statements", Singular = "statement", Plural = "Statements",
        New = key => new Statement { Key = key },
        Label = s => s.Title,
        Search = new SearchText<Statement>("statement", (s, links) => new(s.Title, Join(s.Text, s.Speaker), links.PartyKey(s.Party, s.PartyId),
            s.Date?.Year, Kebab(s.Kind), []), "Party"),
        Api = new ApiKind<Statement, StatementDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<Statement>, string, IQueryable<Statement>>>
            {
                ["party"] = (q, v) => q.Where(x => x.Party != null && x.Party.Key == v),
                ["round"] = (q, v) => q.Where(x => x.Round != null && x.Round.Key == v),
                ["kind"] = (q, v) => { var kind = Word<StatementKind>(v); return q.Where(x => x.Kind == kind); },
                ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Date >= from && x.Date < to); },
            },
            ToDocument = (x, s) => new StatementDoc(s.Key, s.Title, s.Kind, s.Text, x.Key<Party>(s.PartyId), s.Speaker, s.Date, x.Key<Round>(s.RoundId), x.Cite(s.Citations)),
            Create = (m, d) => new Statement
            {
                Key = d.Key, Title = m.Required(d.Title, "title"), Kind = d.Kind, Text = m.Required(d.Text, "text"), Speaker = d.Speaker, Date = d.Date,
            },
            Link = (m, d, e, at) =>
            {
                e.Party = m.Optional<Party>(d.Party, at, "party");
                e.Round = m.Optional<Round>(d.Round, at, "round");
            },
        },
        Fields =
        [
            new TextField<Statement>("title", "Title", s => s.Title, (s, v) => s.Title = v ?? "") { Required = true, MaxLength = 300 },
            new EnumField<Statement, StatementKind>("kind", "Kind", s => s.Kind, (s, v) => s.Kind = v),
            new LinkField<Statement, Party>("party", "Party", s => s.Party, (s, v) => s.Party = v),
            new TextField<Statement>("speaker", "Speaker", s => s.Speaker, (s, v) => s.Speaker = v),
            new DateField<Statement>("date", "Date", s => s.Date, (s, v) => s.Date = v),
            new LinkField<Statement, Round>("round", "Round", s => s.Round, (s, v) => s.Round = v),
            new TextField<Statement>("text", "Text", s => s.Text, (s, v) => s.Text = v ?? "") { Required = true, Multiline = true },
        ],
        Columns =
        [
            new("date", "Date", s => DisplayValue.Of(s.Date?.ToString()), s => s.Date?.ToString()),
            new("title", "Title", s => DisplayValue.Of(s.Title)),
            new("kind", "Kind", s => DisplayValue.Of(EnumText.Words(s.Kind))),
            new("party", "Party", s => DisplayValue.Of(RefTo(s.Party))),
        ],
        Filters =
        [
            ListFilter<Statement>.Enum("kind", "Kind", s => s.Kind),
            ListFilter<Statement>.One("party", "Party", s => s.Party),
            ListFilter<Statement>.One("round", "Round", s => s.Round),
            ListFilter<Statement>.Year(s => s.Date?.Year),
        ],
    };
}
