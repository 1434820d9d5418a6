namespace Parley.Analyses.Cascade;

/// <summary>The frameworks that give leverage on an issue area as of a date, in force first, and the same split by stage.</summary>
public sealed record LeverageResult(string IssueAreaKey, string IssueArea, IReadOnlyList<FrameworkLever> Levers)
{
    /// <summary>The date the stages are read at; null: with every event on record.</summary>
    public DateOnly? AsOf { get; init; }
    public IReadOnlyList<FrameworkLever> InForce => Levers.Where(l => l.Stage == FrameworkStage.InForce).ToList();
    /// <summary>Proposed, under negotiation or signed but not in force: levers that may come, not ones that hold.</summary>
    public IReadOnlyList<FrameworkLever> Pending =>
        Levers.Where(l => l.Stage is FrameworkStage.Proposed or FrameworkStage.Negotiated or FrameworkStage.Signed).ToList();
    public IReadOnlyList<FrameworkLever> Lost => Levers.Where(l => l.Stage is FrameworkStage.Withdrawn or FrameworkStage.NeverInForce).ToList();
    public IReadOnlyList<FrameworkLever> NotOnRecord => Levers.Where(l => l.Stage == FrameworkStage.NotOnRecord).ToList();
}
