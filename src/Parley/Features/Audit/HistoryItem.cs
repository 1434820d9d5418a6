namespace Parley.Features.Audit;

/// <summary>One change as a history shows it: who did what, when, from where, each field's old and new value; the record itself in the whole trail.</summary>
public sealed record HistoryItem(DateTimeOffset At, string Actor, string? Origin, string Action, IReadOnlyList<ReadableChange> Changes,
    string? Record = null, string? RecordHref = null)
{
    public static HistoryItem Of(AuditEntryView entry, string? record = null, string? href = null) =>
        new(entry.At, entry.Actor, entry.Origin, entry.Action.ToLowerInvariant(), ReadableChanges.Of(entry.Before, entry.After), record, href);

    public static HistoryItem Of(Parley.Domain.AuditEntry entry, IReadOnlyDictionary<string, string>? labels = null) =>
        new(entry.At, entry.Actor, entry.Origin, entry.Action.ToString().ToLowerInvariant(), ReadableChanges.Of(entry.Before, entry.After, labels));
}
