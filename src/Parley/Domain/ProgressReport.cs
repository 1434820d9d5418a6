namespace Parley.Domain;

/// <summary>
/// What happened on an assignment (on one of its actions or indicators, or on the whole), as of a calendar day, with the
/// evidence and the implementation state it supports. Only a reviewed report counts towards the derived state.
/// </summary>
public class ProgressReport
{
    /// <summary>The report's number within its assignment, in the order recorded.</summary>
    public int Number { get; set; }
    public DateOnly Date { get; set; }
    public string Text { get; set; } = "";
    /// <summary>The indicator's value on that day, as measured ("12 cases", "3 of 5").</summary>
    public string? Value { get; set; }
    public string? EvidenceSource { get; set; }
    public string? EvidenceLink { get; set; }
    public ImplementationState State { get; set; }
    public bool Reviewed { get; set; }
    public int? ActionNumber { get; set; }
    public int? IndicatorNumber { get; set; }
    public string? ReportedBy { get; set; }
}
