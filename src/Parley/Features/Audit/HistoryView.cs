namespace Parley.Features.Audit;

/// <summary>The model of the history partial: entries newest first, and whether to name the record of each (the whole trail).</summary>
public sealed record HistoryView(IReadOnlyList<AuditEntryView> Entries, bool ShowRecord = false);
