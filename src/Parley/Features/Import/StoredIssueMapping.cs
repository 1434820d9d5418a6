using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// The UPR issue-label mapping as data in the store (table IssueLabelMappings): seeded from the shipped default by
/// the migration that made the table, edited on /import/mapping, read by every UPR import. The shipped file still
/// defines the issue areas to create when a mapped key is missing from the store, and the column renames.
/// </summary>
public static class StoredIssueMapping
{
    public const string Table = "IssueLabelMappings";

    /// <summary>Inserts the shipped default's labels (called from the migrations of both providers).</summary>
    public static void Seed(MigrationBuilder migration)
    {
        foreach (var (label, areas) in ImportMapping.UprDefault().Issues.OrderBy(i => i.Key, StringComparer.Ordinal))
            migration.InsertData(Table, ["Key", "Areas", "Version"], [label, string.Join(';', areas), 0]);
    }

    /// <summary>The mapping a UPR import uses: the shipped default with the store's labels in place of its own.</summary>
    public static async Task<ImportMapping> LoadAsync(ParleyDb db, CancellationToken ct = default)
    {
        var shipped = ImportMapping.UprDefault();
        var labels = await db.IssueLabelMappings.AsNoTracking().ToListAsync(ct);
        var issues = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var label in labels) issues[label.Key] = label.Areas;
        return shipped with { Issues = issues };
    }
}
