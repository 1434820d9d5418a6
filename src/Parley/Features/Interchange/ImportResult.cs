namespace Parley.Features.Interchange;

/// <summary>What an import did (or, with problems, refused to do): records added and skipped per kind.</summary>
public sealed record ImportResult(
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyDictionary<string, int> Added,
    IReadOnlyDictionary<string, int> Skipped,
    bool DryRun)
{
    public bool Succeeded => Problems.Count == 0;
    public int TotalAdded => Added.Values.Sum();
    public int TotalSkipped => Skipped.Values.Sum();
}
