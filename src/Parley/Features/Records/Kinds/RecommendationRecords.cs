using System.Linq.Expressions;
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

/// <summary>Recommendations and concerns raised, with the response; their page lists the commitments answering them.</summary>
public static class RecommendationRecords
{
    public static RecordKind<Recommendation> Kind { get; } = new()
    {
        Slug = "recommendations", Singular = "recommendation", Plural = "Recommendations",
        New = key => new Recommendation { Key = key },
        Label = r => Short(r.Text, 80),
        Search = new SearchText<Recommendation>("recommendation", (r, links) => new(Shorten(r.Text), Join(r.Text, r.Mechanism),
            links.PartyKey(r.ToParty, r.ToPartyId) ?? links.PartyKey(r.FromParty, r.FromPartyId), r.Date?.Year, Kebab(r.Response),
            links.Areas(r.IssueAreas)) { TitleIndexed = false }, "IssueAreas", "FromParty", "ToParty"),
        Api = new ApiKind<Recommendation, RecommendationDoc>
        {
            // Recommendations grow with the store (a million from UN imports): read one at a time by the API's busiest path.
            ReadOne = OneRecommendation.ReadAsync, ReadPage = OneRecommendation.ReadPageAsync, KeysOnDemand = true,
            Filters = new Dictionary<string, Func<IQueryable<Recommendation>, string, IQueryable<Recommendation>>>
            {
                ["party"] = (q, v) => q.Where(x => (x.FromParty != null && x.FromParty.Key == v) || (x.ToParty != null && x.ToParty.Key == v)),
                ["round"] = (q, v) => q.Where(x => x.Round != null && x.Round.Key == v),
                ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
                ["status"] = (q, v) => { var response = Word<RecommendationResponse>(v); return q.Where(x => x.Response == response); },
                ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Date >= from && x.Date < to); },
            },
            ToDocument = (x, r) => new RecommendationDoc(r.Key, r.Text, r.Response, x.Key<Party>(r.FromPartyId), x.Key<Party>(r.ToPartyId),
                x.Key<Round>(r.RoundId), r.Mechanism, r.ActionCategory, r.Session, r.Cycle, r.Date, Keys(r.IssueAreas), x.Cite(r.Citations)),
            Create = (m, d) => new Recommendation
            {
                Key = d.Key, Text = m.Required(d.Text, "text"), Response = d.Response, Mechanism = d.Mechanism, ActionCategory = d.ActionCategory,
                Session = d.Session, Cycle = d.Cycle, Date = d.Date,
            },
            Link = (m, d, e, at) =>
            {
                e.FromParty = m.Optional<Party>(d.From, at, "from");
                e.ToParty = m.Optional<Party>(d.To, at, "to");
                e.Round = m.Optional<Round>(d.Round, at, "round");
                if (d.ActionCategory is < 1 or > 5) m.Problem(at, "actionCategory", $"must be 1 to 5, not {d.ActionCategory}");
                e.IssueAreas = m.Links<IssueArea>(d.IssueAreas, at, "issueAreas");
            },
        },
        TextInDatabase = r => r.Text,
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
            new("text", "Recommendation", r => DisplayValue.Of(Short(r.Text, 120))) { SortInDatabase = (Expression<Func<Recommendation, string>>)(r => r.Text) },
            new("from", "From", r => DisplayValue.Of(RefTo(r.FromParty))),
            new("to", "To", r => DisplayValue.Of(RefTo(r.ToParty))),
            new("response", "Response", r => DisplayValue.Of(EnumText.Words(r.Response))) { SortInDatabase = (Expression<Func<Recommendation, RecommendationResponse>>)(r => r.Response) },
            new("date", "Date", r => DisplayValue.Of(r.Date?.ToString()), r => r.Date?.ToString()) { SortInDatabase = (Expression<Func<Recommendation, PartialDate?>>)(r => r.Date) },
        ],
        Filters =
        [
            ListFilter<Recommendation>.Either("party", "Party (from or to)", r => r.FromParty, r => r.ToParty),
            ListFilter<Recommendation>.One("to", "Recommended to", r => r.ToParty),
            ListFilter<Recommendation>.Enum("response", "Response", r => r.Response),
            ListFilter<Recommendation>.Many("issue-area", "Issue area", r => r.IssueAreas),
            ListFilter<Recommendation>.One("round", "Round", r => r.Round),
            ListFilter<Recommendation>.Number("cycle", "UN review cycle", r => r.Cycle),
            ListFilter<Recommendation>.YearOf(r => r.Date),
        ],
        Inbound =
        [
            new("Commitments answering it", (db, r, ct) => RefsAsync(db.Commitments.Where(x => x.RecommendationId == r.Id), ct)),
        ],
    };
}
