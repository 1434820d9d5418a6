using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;

namespace Parley.Features.Records.Kinds;

/// <summary>Recommendations and concerns raised, with the response; their page lists the commitments answering them.</summary>
public static class RecommendationRecords
{
    public static RecordKind<Recommendation> Kind { get; } = new()
    {
        Slug = "recommendations", Singular = "recommendation", Plural = "Recommendations",
        New = key => new Recommendation { Key = key },
        Label = r => Short(r.Text, 80),
        Fields =
        [
            new TextField<Recommendation>("text", "Text", r => r.Text, (r, v) => r.Text = v ?? "") { Required = true, Multiline = true },
            new LinkField<Recommendation, Party>("from", "From", r => r.FromParty, (r, v) => r.FromParty = v),
            new LinkField<Recommendation, Party>("to", "To", r => r.ToParty, (r, v) => r.ToParty = v),
            new LinkField<Recommendation, Round>("round", "Round", r => r.Round, (r, v) => r.Round = v),
            new TextField<Recommendation>("mechanism", "Mechanism (when not in a round)", r => r.Mechanism, (r, v) => r.Mechanism = v) { Hint = "UPR, policy analysis…" },
            new EnumField<Recommendation, RecommendationResponse>("response", "Response", r => r.Response, (r, v) => r.Response = v),
            new NumberField<Recommendation>("actionCategory", "Action category (1–5)", r => r.ActionCategory, (r, v) => r.ActionCategory = v) { Min = 1, Max = 5 },
            new NumberField<Recommendation>("session", "Session", r => r.Session, (r, v) => r.Session = v) { Min = 1, Max = 1000 },
            new NumberField<Recommendation>("cycle", "Cycle", r => r.Cycle, (r, v) => r.Cycle = v) { Min = 1, Max = 100 },
            new DateField<Recommendation>("date", "Date", r => r.Date, (r, v) => r.Date = v),
            new LinksField<Recommendation, IssueArea>("issueAreas", "Issue areas", r => r.IssueAreas),
        ],
        Columns =
        [
            new("text", "Recommendation", r => DisplayValue.Of(Short(r.Text, 120))),
            new("from", "From", r => DisplayValue.Of(RefTo(r.FromParty))),
            new("to", "To", r => DisplayValue.Of(RefTo(r.ToParty))),
            new("response", "Response", r => DisplayValue.Of(EnumText.Of(r.Response))),
            new("date", "Date", r => DisplayValue.Of(r.Date?.ToString()), r => r.Date?.ToString()),
        ],
        Filters =
        [
            ListFilter<Recommendation>.Link<Party>("party", "Party (from or to)", r => [r.FromParty, r.ToParty]),
            ListFilter<Recommendation>.Enum("response", "Response", r => r.Response),
            ListFilter<Recommendation>.Link("issue-area", "Issue area", r => r.IssueAreas),
            ListFilter<Recommendation>.One("round", "Round", r => r.Round),
            ListFilter<Recommendation>.Year(r => r.Date?.Year),
        ],
        Inbound =
        [
            new("Commitments answering it", (db, r, ct) => RefsAsync(db.Commitments.Where(x => x.RecommendationId == r.Id), ct)),
        ],
    };
}
