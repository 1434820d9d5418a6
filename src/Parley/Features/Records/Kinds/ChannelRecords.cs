using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;

namespace Parley.Features.Records.Kinds;

/// <summary>Dialogue channels; their page lists their rounds and commitments.</summary>
public static class ChannelRecords
{
    public static RecordKind<Channel> Kind { get; } = new()
    {
        Slug = "channels", Singular = "channel", Plural = "Channels",
        New = key => new Channel { Key = key },
        Label = c => c.Name,
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
            new("kind", "Kind", c => DisplayValue.Of(EnumText.Of(c.Kind))),
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
