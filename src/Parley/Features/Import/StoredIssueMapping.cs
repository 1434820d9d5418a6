using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// The UPR issue-label mapping as data in the store (table IssueLabelMappings): filled with the shipped default's
/// labels by the migration that made the table (frozen there), edited on /import/mapping, read by every UPR import.
/// The shipped file still defines the issue areas to create when a mapped key is missing from the store, and the
/// column renames.
/// </summary>
public static class StoredIssueMapping
{
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
