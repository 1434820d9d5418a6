using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// The UPR issue mapping inside the JSON document, so exports, PostgreSQL backups and `parley migrate` carry an
/// editor's changes. Only labels that differ from the shipped default travel: every store starts from the default
/// (its migration seeds it), so the edits are what is needed, and importing someone else's export brings their
/// edits without touching the labels they never changed.
/// </summary>
public static class IssueMappingTransfer
{
    /// <summary>The stored labels that are missing from the shipped default or file under other areas, ordered by label.</summary>
    public static async Task<List<IssueMappingDoc>> EditedAsync(ParleyDb db, CancellationToken ct = default)
    {
        var shipped = ImportMapping.UprDefault().Issues;
        var stored = await db.IssueLabelMappings.AsNoTracking().ToListAsync(ct);
        return stored
            .Where(m => !shipped.TryGetValue(m.Key, out var areas) || !areas.SequenceEqual(m.Areas, StringComparer.Ordinal))
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => new IssueMappingDoc(m.Key, [.. m.Areas]))
            .ToList();
    }

    /// <summary>
    /// The problems of a document's mapping, as (index, field, message): a label must be given once, and each area
    /// must be stored, in the document, or one the shipped mapping creates on first use (as on /import/mapping).
    /// </summary>
    public static IEnumerable<(int Index, string Field, string Message)> Check(IReadOnlyList<IssueMappingDoc>? docs, Func<string, bool> areaExists)
    {
        var shippedAreas = ImportMapping.UprDefault().IssueAreas.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (docs?.Count ?? 0); i++)
        {
            var doc = docs![i];
            if (doc is null) { yield return (i, "", "is null; give a label and its areas or remove it"); continue; }
            var label = doc.Label?.Trim() ?? "";
            if (label.Length == 0) yield return (i, "label", "is required: the issue label as the UPR files write it");
            else if (label.Length > Store.Configurations.ModelBuilderExtensions.KeyLength)
                yield return (i, "label", $"is longer than {Store.Configurations.ModelBuilderExtensions.KeyLength} characters");
            else if (!labels.Add(label)) yield return (i, "label", $"'{label}' is given twice");
            if (doc.Areas is null) { yield return (i, "areas", "is required (an empty list files the label's recommendations under no area)"); continue; }
            for (var a = 0; a < doc.Areas.Count; a++)
                if (doc.Areas[a] is not { } key || (!shippedAreas.Contains(key) && !areaExists(key)))
                    yield return (i, $"areas[{a}]", $"no issue area with key '{doc.Areas[a]}' in the document or the store");
        }
    }

    /// <summary>Sets each label of a checked document on the store (tracked, saved and audited by the caller); returns how many changed.</summary>
    public static async Task<int> ApplyAsync(ParleyDb db, IReadOnlyList<IssueMappingDoc>? docs, CancellationToken ct = default)
    {
        if (docs is not { Count: > 0 }) return 0;
        var stored = (await db.IssueLabelMappings.ToListAsync(ct)).ToDictionary(m => m.Key, StringComparer.OrdinalIgnoreCase);
        var changed = 0;
        foreach (var doc in docs)
        {
            var label = doc.Label.Trim();
            if (!stored.TryGetValue(label, out var mapping)) db.IssueLabelMappings.Add(stored[label] = new IssueLabelMapping { Key = label, Areas = [.. doc.Areas] });
            else if (!mapping.Areas.SequenceEqual(doc.Areas, StringComparer.Ordinal)) mapping.Areas = [.. doc.Areas];
            else continue;
            changed++;
        }
        return changed;
    }
}
