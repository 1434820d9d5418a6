using System.Text.Json.Nodes;
using Parley.Domain;
using Parley.Features.Accounts;

namespace Parley.Features.Records;

/// <summary>
/// A record page or list of another kind as a reader without case access sees it: free text anywhere on it (a
/// statement, a commitment's note, a source's title, a linked record's name, the values in its history) can name a
/// detained person, so every text it shows has case names withheld. Keys and column headings are left as they are.
/// </summary>
public static class CaseNameScrub
{
    public static DetailResult Apply(DetailResult detail, Func<string, string> scrub) => new()
    {
        Record = Ref(detail.Record, scrub),
        Fields = detail.Fields.Select(f => (f.Label, Value(f.Value, scrub))).ToList(),
        Inbound = detail.Inbound.Select(g => (g.Heading, (IReadOnlyList<RecordRef>)g.Records.Select(r => Ref(r, scrub)).ToList())).ToList(),
        Unsourced = detail.Unsourced,
        History = detail.History.Select(e => Entry(e, scrub)).ToList(),
        Citations = Value(detail.Citations, scrub),
        SourcesAsOf = detail.SourcesAsOf,
    };

    public static ListResult Apply(ListResult list, Func<string, string> scrub) => new()
    {
        Query = list.Query,
        Columns = list.Columns,
        Rows = list.Rows.Select(r => r with { Record = Ref(r.Record, scrub), Cells = r.Cells.Select(c => Value(c, scrub)).ToList() }).ToList(),
        Filters = list.Filters,
        Total = list.Total,
        SortedBy = list.SortedBy,
        Note = list.Note,
    };

    private static RecordRef Ref(RecordRef record, Func<string, string> scrub) =>
        record with { Label = scrub(record.Label), Note = record.Note is null ? null : scrub(record.Note) };

    private static DisplayValue Value(DisplayValue value, Func<string, string> scrub) => value.IsEmpty && !value.IsTable ? value : new()
    {
        Text = value.Text is null ? null : scrub(value.Text),
        Links = value.Links.Select(l => Ref(l, scrub)).ToList(),
        Headers = value.Headers,
        Rows = value.Rows.Select(row => (IReadOnlyList<DisplayValue>)row.Select(c => Value(c, scrub)).ToList()).ToList(),
    };

    /// <summary>A copy of the entry for display only (never saved) with each text value in its snapshots scrubbed.</summary>
    private static AuditEntry Entry(AuditEntry entry, Func<string, string> scrub) => new()
    {
        Id = entry.Id, At = entry.At, Actor = entry.Actor, Action = entry.Action, Kind = entry.Kind, RecordKey = entry.RecordKey,
        Origin = entry.Origin, Before = Snapshot(entry.Before, scrub), After = Snapshot(entry.After, scrub),
    };

    private static string? Snapshot(string? json, Func<string, string> scrub)
    {
        if (string.IsNullOrEmpty(json) || JsonNode.Parse(json) is not { } root) return json;
        JsonTextScrub.Within(root, scrub);
        return root.ToJsonString();
    }
}
