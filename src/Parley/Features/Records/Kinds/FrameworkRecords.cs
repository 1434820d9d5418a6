using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;
using static Parley.Features.Interchange.RecordExporter;

namespace Parley.Features.Records.Kinds;

/// <summary>Multilateral frameworks with their events and leverage; their page lists the commitments that stand on them.</summary>
public static class FrameworkRecords
{
    public static RecordKind<Framework> Kind { get; } = new()
    {
        Slug = "frameworks", Singular = "framework", Plural = "Frameworks",
        New = key => new Framework { Key = key },
        Label = f => f.Name,
        Api = new ApiKind<Framework, FrameworkDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<Framework>, string, IQueryable<Framework>>>
            {
                ["party"] = (q, v) => q.Where(x => x.Members.Any(p => p.Key == v)),
                ["kind"] = (q, v) => { var kind = Word<FrameworkKind>(v); return q.Where(x => x.Kind == kind); },
                ["issueArea"] = (q, v) => q.Where(x => x.Leverage.Any(l => l.IssueArea.Key == v)),
            },
            ToDocument = (x, f) => new FrameworkDoc(f.Key, f.Name, f.Kind, f.Description, Keys(f.Members),
                Listed(f.Events.Select(e => new FrameworkEventDoc(e.Kind, e.Date, x.Key<Party>(e.PartyId), e.Note))
                    .OrderBy(e => e.Date?.ToString(), StringComparer.Ordinal).ThenBy(e => e.Kind)
                    .ThenBy(e => e.Party, StringComparer.Ordinal).ThenBy(e => e.Note, StringComparer.Ordinal)),
                Listed(f.Leverage.Select(l => new LeverageDoc(x.Key<IssueArea>(l.IssueAreaId), l.Note))
                    .OrderBy(l => l.IssueArea, StringComparer.Ordinal).ThenBy(l => l.Note, StringComparer.Ordinal)),
                x.Cite(f.Citations)),
            Create = (m, d) => new Framework { Key = d.Key, Name = m.Required(d.Name, "name"), Kind = d.Kind, Description = d.Description },
            Link = (m, d, e, at) =>
            {
                e.Members = m.Links<Party>(d.Members, at, "members");
                e.Events = (d.Events ?? []).Select((ev, i) => new FrameworkEvent
                {
                    Kind = ev.Kind, Date = ev.Date, Note = ev.Note, Party = m.Optional<Party>(ev.Party, at, $"events[{i}].party"),
                }).ToList();
                e.Leverage = (d.Leverage ?? []).Select((l, i) => new FrameworkLeverage
                {
                    IssueArea = m.Link<IssueArea>(l.IssueArea, at, $"leverage[{i}].issueArea"), Note = l.Note,
                }).ToList();
            },
        },
        Fields =
        [
            new TextField<Framework>("name", "Name", f => f.Name, (f, v) => f.Name = v ?? "") { Required = true, MaxLength = 300 },
            new EnumField<Framework, FrameworkKind>("kind", "Kind", f => f.Kind, (f, v) => f.Kind = v),
            new TextField<Framework>("description", "Description", f => f.Description, (f, v) => f.Description = v) { Multiline = true },
            new LinksField<Framework, Party>("members", "Members", f => f.Members),
            new RowsField<Framework, FrameworkEvent>("events", "Events", f => f.Events,
            [
                new EnumField<FrameworkEvent, FrameworkEventKind>("kind", "What happened", e => e.Kind, (e, v) => e.Kind = v),
                new DateField<FrameworkEvent>("date", "Date", e => e.Date, (e, v) => e.Date = v),
                new LinkField<FrameworkEvent, Party>("party", "Party", e => e.Party, (e, v) => e.Party = v),
                new TextField<FrameworkEvent>("note", "Note", e => e.Note, (e, v) => e.Note = v),
            ]),
            new RowsField<Framework, FrameworkLeverage>("leverage", "Leverage", f => f.Leverage,
            [
                new LinkField<FrameworkLeverage, IssueArea>("issueArea", "Issue area", l => l.IssueArea, (l, v) => l.IssueArea = v!) { Required = true },
                new TextField<FrameworkLeverage>("note", "Why", l => l.Note, (l, v) => l.Note = v),
            ]),
        ],
        Columns =
        [
            new("name", "Name", f => DisplayValue.Of(f.Name)),
            new("kind", "Kind", f => DisplayValue.Of(EnumText.Words(f.Kind))),
            new("members", "Members", f => DisplayValue.Of(f.Members.Select(p => RefTo(p)!))),
        ],
        Filters =
        [
            ListFilter<Framework>.Enum("kind", "Kind", f => f.Kind),
            ListFilter<Framework>.Link<Party>("party", "Member or party to an event", f => [.. f.Members, .. f.Events.Select(e => e.Party)]),
            ListFilter<Framework>.Link("issue-area", "Leverage on", f => f.Leverage.Select(l => l.IssueArea)),
        ],
        Inbound =
        [
            new("Commitments that depend on it", (db, f, ct) => RefsAsync(db.Commitments.Where(x => x.Frameworks.Any(y => y.Id == f.Id)), ct)),
        ],
    };
}
