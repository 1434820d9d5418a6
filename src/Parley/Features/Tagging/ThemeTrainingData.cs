using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.Tagging;

/// <summary>
/// What `parley tag train` learns from: the rows of UPR Info files (their Issue column) and the editors' decisions
/// in the store. A confirmed label is added to the recommendation's labels and a rejected one taken away, matched
/// by text when the recommendation is also in the files; a recommendation decided only in the store counts with
/// its confirmed labels. (The store keeps issue areas, not the UPR labels an import read, hence the files.)
/// </summary>
public static class ThemeTrainingData
{
    public static async Task<(List<LabelledText> Examples, string Description)> CollectAsync(ParleyDb db, IReadOnlyList<string> files, CancellationToken ct = default)
    {
        var labels = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in UprFiles.Read(files))
        {
            if (!labels.TryGetValue(row.Text, out var set)) labels[row.Text] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(row.Issues);
        }
        var fromFiles = labels.Count;
        var decisions = await db.Set<ThemeSuggestion>().AsNoTracking().Where(s => s.Status != ThemeSuggestionStatus.Suggested)
            .Select(s => new { s.Recommendation!.Text, s.Label, s.Status }).ToListAsync(ct);
        foreach (var d in decisions)
        {
            if (!labels.TryGetValue(d.Text, out var set)) labels[d.Text] = set = new HashSet<string>(StringComparer.Ordinal);
            if (d.Status == ThemeSuggestionStatus.Confirmed) set.Add(d.Label); else set.Remove(d.Label);
        }
        var examples = labels.Select(p => new LabelledText(p.Key, p.Value.Order(StringComparer.Ordinal).ToList())).ToList();
        var confirmed = decisions.Count(d => d.Status == ThemeSuggestionStatus.Confirmed);
        var description = (files.Count > 0 ? $"{fromFiles:N0} recommendation(s) of {string.Join(", ", files.Select(Path.GetFileName))}; " : "")
            + $"{confirmed:N0} confirmed and {decisions.Count - confirmed:N0} rejected theme(s) in the store";
        return (examples, description);
    }
}
