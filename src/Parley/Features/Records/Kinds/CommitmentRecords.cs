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

/// <summary>Commitments with steps, deadline, binding instrument, frameworks and status history.</summary>
public static class CommitmentRecords
{
    public static RecordKind<Commitment> Kind { get; } = new()
    {
        Slug = "commitments", Singular = "commitment", Plural = "Commitments",
        New = key => new Commitment { Key = key },
        Label = c => c.Title,
        Search = new SearchText<Commitment>("commitment", (c, links) => new(c.Title, Join([c.Text, .. c.Steps, c.Indicator, c.Verification]),
            links.PartyKey(c.Party, c.PartyId), CommitmentCurrentStatus.Latest(c)?.Date?.Year ?? c.Deadline?.Year,
            CommitmentCurrentStatus.Latest(c) is { } latest ? Kebab(latest.Status) : null, links.Areas(c.IssueAreas)), "IssueAreas", "Party"),
        Api = new ApiKind<Commitment, CommitmentDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<Commitment>, string, IQueryable<Commitment>>>
            {
                ["party"] = (q, v) => q.Where(x => x.Party.Key == v),
                ["channel"] = (q, v) => q.Where(x => x.Channel != null && x.Channel.Key == v),
                ["round"] = (q, v) => q.Where(x => x.Round != null && x.Round.Key == v),
                ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
                ["framework"] = (q, v) => q.Where(x => x.Frameworks.Any(f => f.Key == v)),
                ["instrument"] = (q, v) => { var instrument = Word<BindingInstrument>(v); return q.Where(x => x.Instrument == instrument); },
                ["status"] = (q, v) => q.Where(CommitmentCurrentStatus.Is(Word<CommitmentStatus>(v))),
                ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Deadline >= from && x.Deadline < to); },
            },
            ToDocument = (x, c) => new CommitmentDoc(c.Key, c.Title, x.Key<Party>(c.PartyId), c.Instrument, c.Text, x.Key<Institution>(c.OwnerInstitutionId),
                Listed(c.Steps), c.Deadline, c.Indicator, c.Verification, x.Key<Channel>(c.ChannelId), x.Key<Round>(c.RoundId),
                x.Key<Recommendation>(c.RecommendationId), Keys(c.IssueAreas), Keys(c.Frameworks), Keys(c.DependsOn),
                Listed(c.History.Select(h => new StatusChangeDoc(h.Status, h.Date, h.Note, x.Key<Round>(h.RoundId)))
                    .OrderBy(h => h.Date?.ToString(), StringComparer.Ordinal).ThenBy(h => h.Status)
                    .ThenBy(h => h.Note, StringComparer.Ordinal).ThenBy(h => h.Round, StringComparer.Ordinal)),
                x.Cite(c.Citations)),
            Create = (m, d) => new Commitment
            {
                Key = d.Key, Title = m.Required(d.Title, "title"), Text = d.Text, Instrument = d.Instrument, Steps = d.Steps ?? [], Deadline = d.Deadline,
                Indicator = d.Indicator, Verification = d.Verification,
            },
            Link = (m, d, e, at) =>
            {
                e.Party = m.Link<Party>(d.Party, at, "party");
                e.OwnerInstitution = m.Optional<Institution>(d.Owner, at, "owner");
                e.Channel = m.Optional<Channel>(d.Channel, at, "channel");
                e.Round = m.Optional<Round>(d.Round, at, "round");
                e.Recommendation = m.Optional<Recommendation>(d.Recommendation, at, "recommendation");
                e.IssueAreas = m.Links<IssueArea>(d.IssueAreas, at, "issueAreas");
                e.Frameworks = m.Links<Framework>(d.Frameworks, at, "frameworks");
                e.DependsOn = m.Links<Commitment>(d.DependsOn, at, "dependsOn");
                e.History = (d.History ?? []).Select((h, i) => new CommitmentStatusChange
                {
                    Status = h.Status, Date = h.Date, Note = h.Note, Round = m.Optional<Round>(h.Round, at, $"history[{i}].round"),
                }).ToList();
            },
        },
        Fields =
        [
            new TextField<Commitment>("title", "Title", c => c.Title, (c, v) => c.Title = v ?? "") { Required = true, MaxLength = 500 },
            new TextField<Commitment>("text", "Text", c => c.Text, (c, v) => c.Text = v) { Multiline = true },
            new LinkField<Commitment, Party>("party", "Party that commits", c => c.Party, (c, v) => c.Party = v!) { Required = true },
            new LinkField<Commitment, Institution>("owner", "Owner institution", c => c.OwnerInstitution, (c, v) => c.OwnerInstitution = v),
            new LinesField<Commitment>("steps", "Steps", c => c.Steps, (c, v) => c.Steps = v),
            new DateField<Commitment>("deadline", "Deadline", c => c.Deadline, (c, v) => c.Deadline = v) { Hint = "YYYY, YYYY-MM or YYYY-MM-DD; a year runs to 31 December." },
            new TextField<Commitment>("indicator", "Indicator", c => c.Indicator, (c, v) => c.Indicator = v),
            new TextField<Commitment>("verification", "Verification", c => c.Verification, (c, v) => c.Verification = v),
            new EnumField<Commitment, BindingInstrument>("instrument", "Binding instrument", c => c.Instrument, (c, v) => c.Instrument = v),
            new LinkField<Commitment, Channel>("channel", "Channel", c => c.Channel, (c, v) => c.Channel = v),
            new LinkField<Commitment, Round>("round", "Round", c => c.Round, (c, v) => c.Round = v),
            new LinkField<Commitment, Recommendation>("recommendation", "Answers recommendation", c => c.Recommendation, (c, v) => c.Recommendation = v),
            new LinksField<Commitment, IssueArea>("issueAreas", "Issue areas", c => c.IssueAreas),
            new LinksField<Commitment, Framework>("frameworks", "Stands on frameworks", c => c.Frameworks),
            new LinksField<Commitment, Commitment>("dependsOn", "Depends on commitments", c => c.DependsOn),
            new RowsField<Commitment, CommitmentStatusChange>("history", "Status history", c => c.History,
            [
                new EnumField<CommitmentStatusChange, CommitmentStatus>("status", "Status", h => h.Status, (h, v) => h.Status = v),
                new DateField<CommitmentStatusChange>("date", "Date", h => h.Date, (h, v) => h.Date = v),
                new LinkField<CommitmentStatusChange, Round>("round", "Round", h => h.Round, (h, v) => h.Round = v),
                new TextField<CommitmentStatusChange>("note", "Note", h => h.Note, (h, v) => h.Note = v),
            ]),
        ],
        Columns =
        [
            new("title", "Title", c => DisplayValue.Of(c.Title)),
            new("party", "Party", c => DisplayValue.Of(RefTo(c.Party))),
            new("status", "Status", c => DisplayValue.Of(CommitmentCurrentStatus.Of(c) is { } s ? EnumText.Words(s) : new Web.Localization.Message("RecordsMsg.NoStatusYet"))),
            new("deadline", "Deadline", c => DisplayValue.Of(c.Deadline?.ToString()), c => c.Deadline?.Latest),
            new("instrument", "Binding instrument", c => DisplayValue.Of(EnumText.Words(c.Instrument)), c => c.Instrument),
        ],
        Filters =
        [
            ListFilter<Commitment>.One("channel", "Channel", c => c.Channel),
            ListFilter<Commitment>.One("party", "Party", c => c.Party),
            ListFilter<Commitment>.Link("issue-area", "Issue area", c => c.IssueAreas),
            ListFilter<Commitment>.Computed("status", "Current status", CommitmentCurrentStatus.Expression),
            ListFilter<Commitment>.Enum("instrument", "Binding instrument", c => c.Instrument),
            ListFilter<Commitment>.Link("framework", "Framework", c => c.Frameworks),
            ListFilter<Commitment>.Year(c => c.Deadline?.Year, "Deadline year"),
        ],
        Inbound =
        [
            new("Commitments that depend on it", (db, c, ct) => RefsAsync(db.Commitments.Where(x => x.DependsOn.Any(d => d.Id == c.Id)), ct)),
        ],
    };
}
