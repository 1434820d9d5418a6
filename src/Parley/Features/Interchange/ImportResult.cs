namespace Parley.Features.Interchange;

/// <summary>
/// What an import did (or, with problems, refused to do): records added, updated, unchanged and skipped per kind, and notes
/// that are worth knowing but stop nothing (an issue label with no mapping).
/// </summary>
public sealed record ImportResult(
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyDictionary<string, int> Added,
    IReadOnlyDictionary<string, int> Skipped,
    bool DryRun)
{
    public IReadOnlyDictionary<string, int> Updated { get; init; } = new Dictionary<string, int>();
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Stored records the file matched that already hold exactly the file's values.</summary>
    public IReadOnlyDictionary<string, int> Unchanged { get; init; } = new Dictionary<string, int>();

    /// <summary>Stored records the file differs from, with the fields: updated with --update, otherwise left as they are.</summary>
    public IReadOnlyList<RecordChange> Changes { get; init; } = [];

    public bool Succeeded => Problems.Count == 0;
    public int TotalAdded => Added.Values.Sum();
    public int TotalUpdated => Updated.Values.Sum();
    public int TotalSkipped => Skipped.Values.Sum();
    public int TotalUnchanged => Unchanged.Values.Sum();
}
