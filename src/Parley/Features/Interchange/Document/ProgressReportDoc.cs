using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>
/// A progress report of a follow-up, numbered within it: on one action, one indicator, or the whole. Evidence is a source
/// named in words, a web link, and/or a file kept in the store (carried whole, <see cref="EvidenceFileDoc"/>).
/// </summary>
public sealed record ProgressReportDoc(int Number, DateOnly Date, string Text, ImplementationState State, bool Reviewed = false, int? Action = null,
    int? Indicator = null, string? Value = null, string? EvidenceSource = null, string? EvidenceLink = null, string? ReportedBy = null,
    EvidenceFileDoc? EvidenceFile = null);
