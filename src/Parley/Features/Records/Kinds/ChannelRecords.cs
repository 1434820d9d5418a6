using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;
using static Parley.Features.Interchange.RecordExporter;

namespace Parley.Features.Records.Kinds;

/// <summary>Dialogue channels; their page lists their rounds and commitments.</summary>
public static class ChannelRecords
{
    public static RecordKind<Channel> Kind { get; } = new()
    {
        Slug = "channels", Singular = "channel", Plural = "Channels",
        New = key => new Channel { Key = key },
        Label = c => c.Name,
        Api = new ApiKind<Channel, ChannelDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<Channel>, string, IQueryable<Channel>>>
            {
                ["party"] = (q, v) => q.Where(x => x.Parties.Any(p => p.Key == v)),
                ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
                ["kind"] = (q, v) => { var kind = Word<ChannelKind>(v); return q.Where(x => x.Kind == kind); },
                ["year"] = (q, v) => { var year = Year(v); return q.Where(x => x.StartYear == year); },
            },
            ToDocument = (x, c) => new ChannelDoc(c.Key, c.Name, c.Kind, c.StartYear, c.Scope, Keys(c.Parties), Keys(c.IssueAreas), x.Cite(c.Citations)),
            Create = (m, d) => new Channel { Key = d.Key, Name = m.Required(d.Name, "name"), Kind = d.Kind, StartYear = d.StartYear, Scope = d.Scope },
            Link = (m, d, e, at) =>
            {
                e.Parties = m.Links<Party>(d.Parties, at, "parties");
                e.IssueAreas = m.Links<IssueArea>(d.IssueAreas, at, "issueAreas");
            },
        },
        Fields =
        [
            new TextField<Channel>("name", "Name", c => c.Name, (c, v) => c.Name = v ?? "") { Required = true, MaxLength = 300 },
            new EnumField<Channel, ChannelKind>("kind", "Kind", c => c.Kind, (c, v) => c.Kind = v),
            new NumberField<Channel>("startYear", "Since (year)", c => c.StartYear, (c, v) => c.StartYear = v) { Min = 1900, Max = 2200 },
            new TextField<Channel>("scope", "Scope", c => c.Scope, (c, v) => c.Scope = v) { Multiline = true },
            new LinksField<Channel, Party>("parties", "Parties", c => c.Parties),
            new LinksField<Channel, IssueArea>("issueAreas", "Issue areas", c => c.IssueAreas),
        ],
        Columns =
        [
            new("name", "Name", c => DisplayValue.Of(c.Name)),
            new("kind", "Kind", c => DisplayValue.Of(EnumText.Words(c.Kind))),
            new("since", "Since", c => DisplayValue.Of(c.StartYear?.ToString(System.Globalization.CultureInfo.InvariantCulture)), c => c.StartYear),
            new("parties", "Parties", c => DisplayValue.Of(c.Parties.Select(p => RefTo(p)!))),
        ],
        Filters =
        [
            ListFilter<Channel>.Link("party", "Party", c => c.Parties),
            ListFilter<Channel>.Link("issue-area", "Issue area", c => c.IssueAreas),
            ListFilter<Channel>.Enum("kind", "Kind", c => c.Kind),
        ],
        Inbound =
        [
            new("Rounds", (db, c, ct) => RefsAsync(db.Rounds.Where(x => x.ChannelId == c.Id), ct)),
            new("Commitments", (db, c, ct) => RefsAsync(db.Commitments.Where(x => x.ChannelId == c.Id), ct)),
        ],
    };
}
