using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;

namespace Parley.Features.Records.Kinds;

/// <summary>Multilateral frameworks with their events and leverage; their page lists the commitments that stand on them.</summary>
public static class FrameworkRecords
{
    public static RecordKind<Framework> Kind { get; } = new()
    {
        Slug = "frameworks", Singular = "framework", Plural = "Frameworks",
        New = key => new Framework { Key = key },
        Label = f => f.Name,
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
            new("kind", "Kind", f => DisplayValue.Of(EnumText.Of(f.Kind))),
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
