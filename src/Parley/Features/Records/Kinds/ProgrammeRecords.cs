using System.Globalization;
using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;

namespace Parley.Features.Records.Kinds;

/// <summary>Technical-assistance and knowledge-sharing programmes.</summary>
public static class ProgrammeRecords
{
    public static RecordKind<Programme> Kind { get; } = new()
    {
        Slug = "programmes", Singular = "programme", Plural = "Programmes",
        New = key => new Programme { Key = key },
        Label = p => p.Name,
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
