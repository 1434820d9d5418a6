using System.Globalization;
using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;
using static Parley.Features.Interchange.RecordExporter;

namespace Parley.Features.Records.Kinds;

/// <summary>Technical-assistance and knowledge-sharing programmes.</summary>
public static class ProgrammeRecords
{
    public static RecordKind<Programme> Kind { get; } = new()
    {
        Slug = "programmes", Singular = "programme", Plural = "Programmes",
        New = key => new Programme { Key = key },
        Label = p => p.Name,
        Api = new ApiKind<Programme, ProgrammeDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<Programme>, string, IQueryable<Programme>>>
            {
                ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
                ["institution"] = (q, v) => q.Where(x => (x.Funder != null && x.Funder.Key == v) || (x.Implementer != null && x.Implementer.Key == v) || x.Partners.Any(p => p.Key == v)),
                ["year"] = (q, v) => { var year = Year(v); return q.Where(x => x.StartYear <= year && (x.EndYear == null || x.EndYear >= year)); },
            },
            ToDocument = (x, p) => new ProgrammeDoc(p.Key, p.Name, x.Key<Institution>(p.FunderId), x.Key<Institution>(p.ImplementerId), Keys(p.Partners),
                p.PartnerDescription, Keys(p.IssueAreas), Listed(p.Topics), p.StartYear, p.EndYear, p.Description, x.Cite(p.Citations)),
            Create = (m, d) => new Programme
            {
                Key = d.Key, Name = m.Required(d.Name, "name"), PartnerDescription = d.PartnerDescription, Topics = d.Topics ?? [],
                StartYear = d.StartYear, EndYear = d.EndYear, Description = d.Description,
            },
            Link = (m, d, e, at) =>
            {
                e.Funder = m.Optional<Institution>(d.Funder, at, "funder");
                e.Implementer = m.Optional<Institution>(d.Implementer, at, "implementer");
                e.Partners = m.Links<Institution>(d.Partners, at, "partners");
                e.IssueAreas = m.Links<IssueArea>(d.IssueAreas, at, "issueAreas");
            },
        },
        Fields =
        [
            new TextField<Programme>("name", "Name", p => p.Name, (p, v) => p.Name = v ?? "") { Required = true, MaxLength = 300 },
            new LinkField<Programme, Institution>("funder", "Funder", p => p.Funder, (p, v) => p.Funder = v),
            new LinkField<Programme, Institution>("implementer", "Implementer", p => p.Implementer, (p, v) => p.Implementer = v),
            new LinksField<Programme, Institution>("partners", "Partner institutions", p => p.Partners),
            new TextField<Programme>("partnerDescription", "Partners named only as a group", p => p.PartnerDescription, (p, v) => p.PartnerDescription = v),
            new LinksField<Programme, IssueArea>("issueAreas", "Issue areas", p => p.IssueAreas),
            new LinesField<Programme>("topics", "Topics", p => p.Topics, (p, v) => p.Topics = v),
            new NumberField<Programme>("startYear", "Start year", p => p.StartYear, (p, v) => p.StartYear = v) { Min = 1900, Max = 2200 },
            new NumberField<Programme>("endYear", "End year", p => p.EndYear, (p, v) => p.EndYear = v) { Min = 1900, Max = 2200 },
            new TextField<Programme>("description", "Description", p => p.Description, (p, v) => p.Description = v) { Multiline = true },
        ],
        Columns =
        [
            new("name", "Name", p => DisplayValue.Of(p.Name)),
            new("implementer", "Implementer", p => DisplayValue.Of(RefTo(p.Implementer))),
            new("start", "Start", p => DisplayValue.Of(p.StartYear?.ToString(CultureInfo.InvariantCulture)), p => p.StartYear),
            new("end", "End", p => DisplayValue.Of(p.EndYear?.ToString(CultureInfo.InvariantCulture)), p => p.EndYear),
        ],
        Filters =
        [
            ListFilter<Programme>.Link("issue-area", "Issue area", p => p.IssueAreas),
            ListFilter<Programme>.Link<Institution>("institution", "Institution involved", p => [p.Funder, p.Implementer, .. p.Partners]),
            ListFilter<Programme>.Year(p => p.StartYear, "Start year"),
        ],
    };
}
