using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;
using static Parley.Features.Interchange.RecordExporter;

namespace Parley.Features.Records.Kinds;

/// <summary>Institutions and their powers per issue area; their page shows the rounds they sat in.</summary>
public static class InstitutionRecords
{
    public static RecordKind<Institution> Kind { get; } = new()
    {
        Slug = "institutions", Singular = "institution", Plural = "Institutions",
        New = key => new Institution { Key = key },
        Label = i => i.Name,
        Api = new ApiKind<Institution, InstitutionDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<Institution>, string, IQueryable<Institution>>>
            {
                ["party"] = (q, v) => q.Where(x => x.Party.Key == v),
                ["kind"] = (q, v) => { var kind = Word<InstitutionKind>(v); return q.Where(x => x.Kind == kind); },
                ["issueArea"] = (q, v) => q.Where(x => x.Powers.Any(p => p.IssueArea != null && p.IssueArea.Key == v)),
            },
            ToDocument = (x, i) => new InstitutionDoc(i.Key, i.Name, x.Key<Party>(i.PartyId), i.Kind, i.Description,
                Listed(i.Powers
                    .Select(p => new PowerDoc(p.Power, x.Key<IssueArea>(p.IssueAreaId), p.Note, x.Key<Source>(p.SourceId), p.Locator))
                    .OrderBy(p => p.Power).ThenBy(p => p.IssueArea, StringComparer.Ordinal)
                    .ThenBy(p => p.Note, StringComparer.Ordinal).ThenBy(p => p.Source, StringComparer.Ordinal)
                    .ThenBy(p => p.Locator, StringComparer.Ordinal)),
                x.Cite(i.Citations)),
            Create = (m, d) => new Institution { Key = d.Key, Name = m.Required(d.Name, "name"), Kind = d.Kind, Description = d.Description },
            Link = (m, d, e, at) =>
            {
                e.Party = m.Link<Party>(d.Party, at, "party");
                e.Powers = (d.Powers ?? []).Select((p, i) => new InstitutionPower
                {
                    Power = p.Power,
                    IssueArea = m.Optional<IssueArea>(p.IssueArea, at, $"powers[{i}].issueArea"),
                    Note = p.Note,
                    Source = m.Optional<Source>(p.Source, at, $"powers[{i}].source"),
                    Locator = p.Locator,
                }).ToList();
            },
        },
        Fields =
        [
            new TextField<Institution>("name", "Name", i => i.Name, (i, v) => i.Name = v ?? "") { Required = true, MaxLength = 300 },
            new LinkField<Institution, Party>("party", "Party", i => i.Party, (i, v) => i.Party = v!) { Required = true },
            new EnumField<Institution, InstitutionKind>("kind", "Kind", i => i.Kind, (i, v) => i.Kind = v),
            new TextField<Institution>("description", "Description", i => i.Description, (i, v) => i.Description = v) { Multiline = true },
            new RowsField<Institution, InstitutionPower>("powers", "Powers", i => i.Powers,
            [
                new EnumField<InstitutionPower, Power>("power", "Power", p => p.Power, (p, v) => p.Power = v),
                new LinkField<InstitutionPower, IssueArea>("issueArea", "Issue area (none: every area)", p => p.IssueArea, (p, v) => p.IssueArea = v),
                new TextField<InstitutionPower>("note", "Note", p => p.Note, (p, v) => p.Note = v),
                new LinkField<InstitutionPower, Source>("source", "Source", p => p.Source, (p, v) => p.Source = v),
                new TextField<InstitutionPower>("locator", "Where in the source", p => p.Locator, (p, v) => p.Locator = v),
            ]),
        ],
        Columns =
        [
            new("name", "Name", i => DisplayValue.Of(i.Name)),
            new("party", "Party", i => DisplayValue.Of(RefTo(i.Party))),
            new("kind", "Kind", i => DisplayValue.Of(EnumText.Words(i.Kind))),
            new("powers", "Powers", i => DisplayValue.Of(new Web.Localization.Message("RecordsMsg.List", i.Powers.Select(p => p.Power).Distinct().Select(p => EnumText.Words(p)).ToList()))),
        ],
        Filters =
        [
            ListFilter<Institution>.One("party", "Party", i => i.Party),
            ListFilter<Institution>.Enum("kind", "Kind", i => i.Kind),
            ListFilter<Institution>.Link("issue-area", "Issue area of a power", i => i.Powers.Select(p => p.IssueArea)),
        ],
        Inbound =
        [
            new("Rounds it sat in", (db, i, ct) => RefsAsync(db.Rounds.Where(x => x.Delegates.Any(d => d.InstitutionId == i.Id)), ct)),
            new("Commitments it owns", (db, i, ct) => RefsAsync(db.Commitments.Where(x => x.OwnerInstitutionId == i.Id), ct)),
            new("Legal instruments it issued", (db, i, ct) => RefsAsync(db.LegalInstruments.Where(x => x.IssuerId == i.Id), ct)),
            new("Programmes it funds, runs or partners in", (db, i, ct) => RefsAsync(db.Programmes.Where(x => x.FunderId == i.Id || x.ImplementerId == i.Id || x.Partners.Any(p => p.Id == i.Id)), ct)),
        ],
    };
}
