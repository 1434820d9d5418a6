using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;

namespace Parley.Features.Records.Kinds;

/// <summary>Analysts' risk judgements per issue area and year.</summary>
public static class RiskAssessmentRecords
{
    public static RecordKind<RiskAssessment> Kind { get; } = new()
    {
        Slug = "risk-assessments", Singular = "risk assessment", Plural = "Risk assessments",
        New = key => new RiskAssessment { Key = key },
        Label = r => $"{r.IssueArea?.Name ?? r.Key}, {r.Year}: {EnumText.Of(r.Level)} risk",
        Api = new ApiKind<RiskAssessment, RiskAssessmentDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<RiskAssessment>, string, IQueryable<RiskAssessment>>>
            {
                ["issueArea"] = (q, v) => q.Where(x => x.IssueArea.Key == v),
                ["party"] = (q, v) => q.Where(x => x.Party != null && x.Party.Key == v),
                ["status"] = (q, v) => { var level = Word<RiskLevel>(v); return q.Where(x => x.Level == level); },
                ["year"] = (q, v) => { var year = Year(v); return q.Where(x => x.Year == year); },
            },
            ToDocument = (x, r) => new RiskAssessmentDoc(r.Key, x.Key<IssueArea>(r.IssueAreaId), r.Year, r.Level, r.Overrides, x.Key<Party>(r.PartyId), r.Note, x.Cite(r.Citations)),
            Create = (m, d) => new RiskAssessment { Key = d.Key, Year = d.Year, Level = d.Level, Overrides = d.Overrides, Note = d.Note },
            Link = (m, d, e, at) =>
            {
                e.IssueArea = m.Link<IssueArea>(d.IssueArea, at, "issueArea");
                e.Party = m.Optional<Party>(d.Party, at, "party");
            },
        },
        Fields =
        [
            new LinkField<RiskAssessment, IssueArea>("issueArea", "Issue area", r => r.IssueArea, (r, v) => r.IssueArea = v!) { Required = true },
            new LinkField<RiskAssessment, Party>("party", "Party", r => r.Party, (r, v) => r.Party = v),
            new NumberField<RiskAssessment>("year", "Year", r => r.Year, (r, v) => r.Year = v ?? 0) { Required = true, Min = 1900, Max = 2200 },
            new EnumField<RiskAssessment, RiskLevel>("level", "Level", r => r.Level, (r, v) => r.Level = v),
            new BoolField<RiskAssessment>("overrides", "Overrides the evidence from cases", r => r.Overrides, (r, v) => r.Overrides = v),
            new TextField<RiskAssessment>("note", "Note", r => r.Note, (r, v) => r.Note = v) { Multiline = true },
        ],
        Columns =
        [
            new("issue-area", "Issue area", r => DisplayValue.Of(RefTo(r.IssueArea))),
            new("year", "Year", r => DisplayValue.Of(r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), r => r.Year),
            new("level", "Level", r => DisplayValue.Of(EnumText.Words(r.Level)), r => r.Level),
            new("party", "Party", r => DisplayValue.Of(RefTo(r.Party))),
        ],
        Filters =
        [
            ListFilter<RiskAssessment>.One("issue-area", "Issue area", r => r.IssueArea),
            ListFilter<RiskAssessment>.One("party", "Party", r => r.Party),
            ListFilter<RiskAssessment>.Enum("level", "Level", r => r.Level),
            ListFilter<RiskAssessment>.Year(r => r.Year),
        ],
    };
}
