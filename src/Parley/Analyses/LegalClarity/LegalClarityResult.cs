namespace Parley.Analyses.LegalClarity;

/// <summary>
/// Provisions ranked as priorities for technical assistance and legal training, highest first; when asked as of a
/// date, only the law in force on it, with the terms each version added or dropped.
/// </summary>
public sealed record LegalClarityResult(IReadOnlyList<ProvisionClarity> Provisions)
{
    public DateOnly? AsOf { get; init; }
    public IReadOnlyList<TermChange> TermChanges { get; init; } = [];
}
