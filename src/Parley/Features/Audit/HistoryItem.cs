using Microsoft.Extensions.Localization;
using Parley.Features.Records;
using Parley.Web;

namespace Parley.Features.Audit;

/// <summary>One change as a history shows it: who did what, when, from where, each field's old and new value; the record itself in the whole trail.</summary>
public sealed record HistoryItem(DateTimeOffset At, string Actor, string? Origin, string Action, IReadOnlyList<ReadableChange> Changes,
    string? Record = null, string? RecordHref = null)
{
    /// <summary>An entry of the trail, its fields named in the reader's language (<paramref name="text"/>) by the kind the entry is about.</summary>
    public static HistoryItem Of(AuditEntryView entry, IStringLocalizer<Text> text, string? record = null, string? href = null) =>
        new(entry.At, entry.Actor, entry.Origin, entry.Action.ToLowerInvariant(),
            ReadableChanges.Of(entry.Before, entry.After, words: new(RecordKinds.OfAuditKind(entry.Kind), text)), record, href);

    /// <summary>An entry of a record's own history, with the keys its page knows (<paramref name="labels"/>) as labels.</summary>
    public static HistoryItem Of(Parley.Domain.AuditEntry entry, IStringLocalizer<Text> text, IReadOnlyDictionary<string, string>? labels = null) =>
        new(entry.At, entry.Actor, entry.Origin, entry.Action.ToString().ToLowerInvariant(),
            ReadableChanges.Of(entry.Before, entry.After, labels, new(RecordKinds.OfAuditKind(entry.Kind), text)));
}
