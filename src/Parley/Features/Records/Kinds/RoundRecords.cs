using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;
using static Parley.Features.Interchange.RecordExporter;

namespace Parley.Features.Records.Kinds;

/// <summary>Rounds of a channel with their delegation and agenda; their page lists what was raised or promised in them.</summary>
public static class RoundRecords
{
    public static RecordKind<Round> Kind { get; } = new()
    {
        Slug = "rounds", Singular = "round", Plural = "Rounds",
        New = key => new Round { Key = key },
        Label = r => r.Title,
        Api = new ApiKind<Round, RoundDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<Round>, string, IQueryable<Round>>>
            {
                ["channel"] = (q, v) => q.Where(x => x.Channel.Key == v),
                ["status"] = (q, v) => { var status = Word<RoundStatus>(v); return q.Where(x => x.Status == status); },
                ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Date >= from && x.Date < to); },
                ["issueArea"] = (q, v) => q.Where(x => x.Agenda.Any(a => a.IssueArea.Key == v)),
                ["institution"] = (q, v) => q.Where(x => x.Delegates.Any(d => d.Institution.Key == v)),
            },
            ToDocument = (x, r) => new RoundDoc(r.Key, x.Key<Channel>(r.ChannelId), r.Title, r.Status, r.Number, r.Date, r.Place, r.Outcomes,
                Listed(r.Delegates.Select(d => new DelegateDoc(x.Key<Institution>(d.InstitutionId), d.Role, d.Name))
                    .OrderBy(d => d.Role).ThenBy(d => d.Institution, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)),
                Listed(r.Agenda.Select(a => new AgendaItemDoc(x.Key<IssueArea>(a.IssueAreaId), a.Note))
                    .OrderBy(a => a.IssueArea, StringComparer.Ordinal).ThenBy(a => a.Note, StringComparer.Ordinal)),
                x.Cite(r.Citations)),
            Create = (m, d) => new Round
            {
                Key = d.Key, Title = m.Required(d.Title, "title"), Status = d.Status, Number = d.Number, Date = d.Date, Place = d.Place, Outcomes = d.Outcomes,
            },
            Link = (m, d, e, at) =>
            {
                e.Channel = m.Link<Channel>(d.Channel, at, "channel");
                e.Delegates = (d.Delegates ?? []).Select((s, i) => new DelegationMember
                {
                    Institution = m.Link<Institution>(s.Institution, at, $"delegates[{i}].institution"), Name = s.Name, Role = s.Role,
                }).ToList();
                e.Agenda = (d.Agenda ?? []).Select((a, i) => new AgendaItem
                {
                    IssueArea = m.Link<IssueArea>(a.IssueArea, at, $"agenda[{i}].issueArea"), Note = a.Note,
                }).ToList();
            },
        },
        Fields =
        [
            new LinkField<Round, Channel>("channel", "Channel", r => r.Channel, (r, v) => r.Channel = v!) { Required = true },
            new TextField<Round>("title", "Title", r => r.Title, (r, v) => r.Title = v ?? "") { Required = true, MaxLength = 300 },
            new EnumField<Round, RoundStatus>("status", "Status", r => r.Status, (r, v) => r.Status = v),
            new NumberField<Round>("number", "Number", r => r.Number, (r, v) => r.Number = v) { Min = 1, Max = 10000 },
            new DateField<Round>("date", "Date", r => r.Date, (r, v) => r.Date = v),
            new TextField<Round>("place", "Place", r => r.Place, (r, v) => r.Place = v),
            new TextField<Round>("outcomes", "Outcomes", r => r.Outcomes, (r, v) => r.Outcomes = v) { Multiline = true },
            new RowsField<Round, DelegationMember>("delegates", "Delegation", r => r.Delegates,
            [
                new LinkField<DelegationMember, Institution>("institution", "Institution", d => d.Institution, (d, v) => d.Institution = v!) { Required = true },
                new EnumField<DelegationMember, DelegateRole>("role", "Role", d => d.Role, (d, v) => d.Role = v),
                new TextField<DelegationMember>("name", "Person", d => d.Name, (d, v) => d.Name = v),
            ]),
            new RowsField<Round, AgendaItem>("agenda", "Agenda", r => r.Agenda,
            [
                new LinkField<AgendaItem, IssueArea>("issueArea", "Issue area", a => a.IssueArea, (a, v) => a.IssueArea = v!) { Required = true },
                new TextField<AgendaItem>("note", "Note", a => a.Note, (a, v) => a.Note = v),
            ]),
        ],
        Columns =
        [
            new("date", "Date", r => DisplayValue.Of(r.Date?.ToString()), r => r.Date?.ToString()),
            new("title", "Title", r => DisplayValue.Of(r.Title)),
            new("channel", "Channel", r => DisplayValue.Of(RefTo(r.Channel))),
            new("status", "Status", r => DisplayValue.Of(EnumText.Words(r.Status))),
        ],
        Filters =
        [
            ListFilter<Round>.One("channel", "Channel", r => r.Channel),
            ListFilter<Round>.Enum("status", "Status", r => r.Status),
            ListFilter<Round>.Link("issue-area", "Issue area on the agenda", r => r.Agenda.Select(a => a.IssueArea)),
            ListFilter<Round>.Link("institution", "Institution at the table", r => r.Delegates.Select(d => d.Institution)),
            ListFilter<Round>.Year(r => r.Date?.Year),
        ],
        Inbound =
        [
            new("Recommendations made in it", (db, r, ct) => RefsAsync(db.Recommendations.Where(x => x.RoundId == r.Id), ct)),
            new("Commitments made or reviewed in it", (db, r, ct) => RefsAsync(db.Commitments.Where(x => x.RoundId == r.Id || x.History.Any(h => h.RoundId == r.Id)), ct)),
            new("Cases raised in it", (db, r, ct) => RefsAsync(db.Cases.Where(x => x.RaisedIn.Any(y => y.Id == r.Id)), ct)),
            new("Statements", (db, r, ct) => RefsAsync(db.Statements.Where(x => x.RoundId == r.Id), ct)),
        ],
    };
}
