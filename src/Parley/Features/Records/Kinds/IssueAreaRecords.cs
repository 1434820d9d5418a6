using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;

namespace Parley.Features.Records.Kinds;

/// <summary>Issue areas: the taxonomy of themes; their page lists everything filed under them.</summary>
public static class IssueAreaRecords
{
    public static RecordKind<IssueArea> Kind { get; } = new()
    {
        Slug = "issue-areas", Singular = "issue area", Plural = "Issue areas",
        New = key => new IssueArea { Key = key },
        Label = a => a.Name,
        Fields =
        [
            new TextField<IssueArea>("name", "Name", a => a.Name, (a, v) => a.Name = v ?? "") { Required = true, MaxLength = 300 },
            new LinkField<IssueArea, IssueArea>("parent", "Part of", a => a.Parent, (a, v) => a.Parent = v) { Hint = "A power or leverage on the wider area covers this one." },
            new TextField<IssueArea>("description", "Description", a => a.Description, (a, v) => a.Description = v) { Multiline = true },
        ],
        Columns =
        [
            new("name", "Name", a => DisplayValue.Of(a.Name)),
            new("parent", "Part of", a => DisplayValue.Of(RefTo(a.Parent))),
        ],
        Filters = [ListFilter<IssueArea>.One("parent", "Part of", a => a.Parent)],
        Inbound =
        [
            new("Narrower areas", (db, a, ct) => RefsAsync(db.IssueAreas.Where(x => x.ParentId == a.Id), ct)),
            new("Channels", (db, a, ct) => RefsAsync(db.Channels.Where(x => x.IssueAreas.Any(y => y.Id == a.Id)), ct)),
            new("Rounds with it on the agenda", (db, a, ct) => RefsAsync(db.Rounds.Where(x => x.Agenda.Any(y => y.IssueAreaId == a.Id)), ct)),
            new("Institutions with powers on it", (db, a, ct) => RefsAsync(db.Institutions.Where(x => x.Powers.Any(y => y.IssueAreaId == a.Id)), ct)),
            new("Recommendations", (db, a, ct) => RefsAsync(db.Recommendations.Where(x => x.IssueAreas.Any(y => y.Id == a.Id)), ct)),
            new("Commitments", (db, a, ct) => RefsAsync(db.Commitments.Where(x => x.IssueAreas.Any(y => y.Id == a.Id)), ct)),
            new("Cases", (db, a, ct) => RefsAsync(db.Cases.Where(x => x.IssueAreas.Any(y => y.Id == a.Id)), ct)),
            new("Provisions", (db, a, ct) => RefsAsync(db.Provisions.Where(x => x.IssueAreas.Any(y => y.Id == a.Id)), ct)),
            new("Programmes", (db, a, ct) => RefsAsync(db.Programmes.Where(x => x.IssueAreas.Any(y => y.Id == a.Id)), ct)),
            new("Frameworks giving leverage on it", (db, a, ct) => RefsAsync(db.Frameworks.Where(x => x.Leverage.Any(y => y.IssueAreaId == a.Id)), ct)),
            new("Risk assessments", (db, a, ct) => RefsAsync(db.RiskAssessments.Where(x => x.IssueAreaId == a.Id), ct)),
        ],
    };
}
