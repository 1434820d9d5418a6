using System.Text.Json;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// An editable mapping for an import (`--mapping FILE.json`): column renames (the file's header → Parley's name),
/// and for UPR files the issue labels → Parley issue-area keys, with issue areas to create when missing.
/// A user's file is laid over the shipped default, entry by entry.
/// </summary>
public sealed record ImportMapping
{
    public Dictionary<string, string> Columns { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, List<string>> Issues { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public List<MappedIssueArea> IssueAreas { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new(DocumentJson.Options) { WriteIndented = false };

    /// <summary>
    /// The shipped default: an entry for every issue label of the UPR Info files of 2008–2014, and the issue areas to
    /// create when a store lacks them (the file's own and the bundled data set's).
    /// </summary>
    public static ImportMapping UprDefault()
    {
        using var stream = typeof(ImportMapping).Assembly.GetManifestResourceStream("Parley.Features.Import.upr-issue-mapping.json")
            ?? throw new InvalidOperationException("the default UPR issue mapping is not embedded");
        var shipped = Normalized(JsonSerializer.Deserialize<ImportMapping>(stream, Json)!);
        // The bundled data set's areas complete the file's own, so an import into a store without them can create them.
        var missing = BundledIssueAreas.All.Where(b => shipped.IssueAreas.All(a => a.Key != b.Key));
        return shipped with { IssueAreas = [.. shipped.IssueAreas, .. missing] };
    }

    /// <summary>Reads a user's mapping file; a mistake in it is a user error naming the file.</summary>
    public static ImportMapping Read(string path)
    {
        if (!File.Exists(path)) throw new UserError($"mapping file not found: {path}");
        try
        {
            return Normalized(JsonSerializer.Deserialize<ImportMapping>(File.ReadAllBytes(path), Json)
                ?? throw new UserError($"{path}: the mapping file is empty"));
        }
        catch (JsonException e)
        {
            throw new UserError($"{path}:{(e.LineNumber ?? 0) + 1}: not a mapping file ({{\"columns\": {{...}}, \"issues\": {{...}}, \"issueAreas\": [...]}}): {e.Message.Split(" Path:")[0]}");
        }
    }

    /// <summary>This mapping with <paramref name="over"/>'s entries replacing or adding to its own.</summary>
    public ImportMapping With(ImportMapping? over)
    {
        if (over is null) return this;
        var merged = Normalized(this with { });
        foreach (var (k, v) in over.Columns) merged.Columns[k] = v;
        foreach (var (k, v) in over.Issues) merged.Issues[k] = v;
        var areas = merged.IssueAreas.Where(a => over.IssueAreas.All(o => o.Key != a.Key)).Concat(over.IssueAreas).ToList();
        return merged with { IssueAreas = areas };
    }

    private static ImportMapping Normalized(ImportMapping m) => m with
    {
        Columns = new Dictionary<string, string>(m.Columns, StringComparer.OrdinalIgnoreCase),
        Issues = new Dictionary<string, List<string>>(m.Issues, StringComparer.OrdinalIgnoreCase),
    };
}
