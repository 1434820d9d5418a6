using Parley.Domain;

namespace Parley.Features.FollowUp;

/// <summary>A progress report; state is the implementation state it supports, file the evidence file kept for it.</summary>
public sealed record ReportDocument(int Number, DateOnly Date, string Text, string State, bool Reviewed, int? Action, int? Indicator,
    string? Value, string? EvidenceSource, string? EvidenceLink, string? ReportedBy, EvidenceLink? File = null)
{
    public static ReportDocument Of(ProgressReport r, EvidenceLink? file = null) => new(r.Number, r.Date, r.Text, FollowUpNames.Name(r.State), r.Reviewed, r.ActionNumber,
        r.IndicatorNumber, r.Value, r.EvidenceSource, r.EvidenceLink, r.ReportedBy, file);
}
