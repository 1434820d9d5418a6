using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;
using static Parley.Features.Interchange.RecordExporter;
using Parley.Features.Search;
using static Parley.Features.Search.SearchLinks;

namespace Parley.Features.Records.Kinds;

/// <summary>Cases: people detained or tried, the provisions charged and the rounds they were raised in.</summary>
public static class CaseRecords
{
    public static RecordKind<Case> Kind { get; } = new()
    {
        Slug = "cases", Singular = "case", Plural = "Cases",
        New = key => new Case { Key = key },
        Label = c => c.PersonName,
        Search = new SearchText<Case>("case", (c, links) => new(c.PersonName, Join([c.PersonRole, c.Summary, c.Sentence, .. c.Events.Select(e => e.Description)]),
            links.PartyKey(c.Party, c.PartyId), c.Events.Where(e => e.Date is not null).Select(e => e.Date!.Value).DefaultIfEmpty().Min().Year is var y and > 0 ? y : null,
            Kebab(c.Status), links.Areas(c.IssueAreas)), "IssueAreas", "Party"),
        Api = new ApiKind<Case, CaseDoc>
        {
            Sensitive = true,
            Filters = new Dictionary<string, Func<IQueryable<Case>, string, IQueryable<Case>>>
            {
                ["party"] = (q, v) => q.Where(x => x.Party != null && x.Party.Key == v),
                ["status"] = (q, v) => { var status = Word<CaseStatus>(v); return q.Where(x => x.Status == status); },
                ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
                ["provision"] = (q, v) => q.Where(x => x.Charges.Any(p => p.Key == v)),
                ["round"] = (q, v) => q.Where(x => x.RaisedIn.Any(r => r.Key == v)),
                ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Events.Any(e => e.Date >= from && e.Date < to)); },
            },
            ToDocument = (x, c) => new CaseDoc(c.Key, c.PersonName, c.Status, c.PersonRole, x.Key<Party>(c.PartyId), c.Sentence, c.Summary,
                Keys(c.IssueAreas), Keys(c.Charges),
                Listed(c.Events.Select(e => new CaseEventDoc(e.Kind, e.Date, e.Description))
                    .OrderBy(e => e.Date?.ToString(), StringComparer.Ordinal).ThenBy(e => e.Kind).ThenBy(e => e.Description, StringComparer.Ordinal)),
                Keys(c.RaisedIn), x.Cite(c.Citations)),
            Create = (m, d) => new Case
            {
                Key = d.Key, PersonName = m.Required(d.PersonName, "personName"), PersonRole = d.PersonRole, Status = d.Status, Sentence = d.Sentence, Summary = d.Summary,
                Events = (d.Events ?? []).Select(e => new CaseEvent { Kind = e.Kind, Date = e.Date, Description = e.Description }).ToList(),
            },
            Link = (m, d, e, at) =>
            {
                e.Party = m.Optional<Party>(d.Party, at, "party");
                e.IssueAreas = m.Links<IssueArea>(d.IssueAreas, at, "issueAreas");
                e.Charges = m.Links<Provision>(d.Charges, at, "charges");
                e.RaisedIn = m.Links<Round>(d.RaisedIn, at, "raisedIn");
            },
        },
        Fields =
        [
            new TextField<Case>("personName", "Person", c => c.PersonName, (c, v) => c.PersonName = v ?? "") { Required = true, MaxLength = 300 },
            new TextField<Case>("personRole", "Who they are", c => c.PersonRole, (c, v) => c.PersonRole = v) { Hint = "In the source's words: \"environmental activist\"." },
            new LinkField<Case, Party>("party", "Party (state holding them)", c => c.Party, (c, v) => c.Party = v),
            new EnumField<Case, CaseStatus>("status", "Status", c => c.Status, (c, v) => c.Status = v),
            new TextField<Case>("sentence", "Sentence", c => c.Sentence, (c, v) => c.Sentence = v),
            new TextField<Case>("summary", "Summary", c => c.Summary, (c, v) => c.Summary = v) { Multiline = true },
            new LinksField<Case, IssueArea>("issueAreas", "Issue areas", c => c.IssueAreas),
            new LinksField<Case, Provision>("charges", "Charged under", c => c.Charges),
            new RowsField<Case, CaseEvent>("events", "Events", c => c.Events,
            [
                new EnumField<CaseEvent, CaseEventKind>("kind", "What happened", e => e.Kind, (e, v) => e.Kind = v),
                new DateField<CaseEvent>("date", "Date", e => e.Date, (e, v) => e.Date = v),
                new TextField<CaseEvent>("description", "Description", e => e.Description, (e, v) => e.Description = v),
            ]),
            new LinksField<Case, Round>("raisedIn", "Raised in rounds", c => c.RaisedIn),
        ],
        Columns =
        [
            new("person", "Person", c => DisplayValue.Of(c.PersonName)),
            new("status", "Status", c => DisplayValue.Of(EnumText.Words(c.Status))),
            new("party", "Party", c => DisplayValue.Of(RefTo(c.Party))),
            new("charges", "Charged under", c => DisplayValue.Of(c.Charges.Select(p => RefTo(p)!))),
            new("first-event", "First event", c => DisplayValue.Of(c.Events.Select(e => e.Date).OfType<PartialDate>().Order().Select(d => d.ToString()).FirstOrDefault())),
        ],
        Filters =
        [
            ListFilter<Case>.Enum("status", "Status", c => c.Status),
            ListFilter<Case>.One("party", "Party", c => c.Party),
            ListFilter<Case>.Link("issue-area", "Issue area", c => c.IssueAreas),
            ListFilter<Case>.Link("provision", "Charged under", c => c.Charges),
            ListFilter<Case>.Link("round", "Raised in", c => c.RaisedIn),
            new("year", "Year of an event", (_, records) => Task.FromResult<IReadOnlyList<Choice>>(records.SelectMany(c => c.Events).Select(e => e.Date?.Year).OfType<int>()
                    .Distinct().OrderDescending().Select(y => new Choice(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList()),
                (c, year) => c.Events.Any(e => e.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year)),
        ],
    };
}
