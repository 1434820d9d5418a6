namespace Parley.Analyses.Cascade;

/// <summary>A framework's stage on a date, since when (null when the deciding event is undated), and when it was signed.</summary>
public sealed record FrameworkStatus(FrameworkStage Stage, DateOnly? Since, DateOnly? NextEvent)
{
    /// <summary>Whether leaving it on the date can annul anything: only what was signed or in force can lapse.</summary>
    public bool CanAnnul => Stage is FrameworkStage.Signed or FrameworkStage.InForce or FrameworkStage.NotOnRecord;

    /// <summary>A lever that may come: proposed, under negotiation or signed but not in force.</summary>
    public bool IsPending => Stage is FrameworkStage.Proposed or FrameworkStage.Negotiated or FrameworkStage.Signed or FrameworkStage.NotYet;

    public override string ToString() => Stage switch
    {
        FrameworkStage.NotOnRecord => "status not on record",
        FrameworkStage.NeverInForce => $"never in force{(Since is { } left ? $" (left {left:yyyy-MM-dd})" : "")}",
        FrameworkStage.NotYet => $"not yet in existence{(NextEvent is { } n ? $" (first event on record {n:yyyy-MM-dd})" : "")}",
        _ => $"{Words.Of(Stage).Replace('-', ' ')}{(Since is { } s ? $" since {s:yyyy-MM-dd}" : " (date not on record)")}",
    };
}
