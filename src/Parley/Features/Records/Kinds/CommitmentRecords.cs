using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;

namespace Parley.Features.Records.Kinds;

/// <summary>Commitments with steps, deadline, binding instrument, frameworks and status history.</summary>
public static class CommitmentRecords
{
    public static RecordKind<Commitment> Kind { get; } = new()
    {
        Slug = "commitments", Singular = "commitment", Plural = "Commitments",
        New = key => new Commitment { Key = key },
        Label = c => c.Title,
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
            new("status", "Status", c => DisplayValue.Of(CommitmentCurrentStatus.Of(c) is { } s ? EnumText.Of(s) : "no status yet")),
            new("deadline", "Deadline", c => DisplayValue.Of(c.Deadline?.ToString()), c => c.Deadline?.Latest),
            new("instrument", "Binding instrument", c => DisplayValue.Of(EnumText.Of(c.Instrument)), c => c.Instrument),
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
