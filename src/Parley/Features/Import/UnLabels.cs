using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// The theme and affected-person labels of the UN's own recommendation data (the OHCHR UPR matrices and the
/// Universal Human Rights Index) mapped onto Parley's issue areas, shipped as un-label-mapping.json. Cells list
/// several labels, one a line or separated by ';', often with the Index's theme code in front ("D43 Freedom of
/// opinion and expression") or a dash; the code and dash are not part of the label.
/// </summary>
public static partial class UnLabels
{
    private static readonly Lazy<Dictionary<string, List<string>>> Shipped = new(() =>
    {
        using var stream = typeof(UnLabels).Assembly.GetManifestResourceStream("Parley.Features.Import.un-label-mapping.json")
            ?? throw new InvalidOperationException("the UN label mapping is not embedded");
        var read = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(stream, DocumentJson.Options)!;
        return new Dictionary<string, List<string>>(read, StringComparer.OrdinalIgnoreCase);
    });

    /// <summary>The mapping an import of these layouts uses: the UN labels, under the user's or the store's own entries.</summary>
    public static ImportMapping Over(ImportMapping mapping)
    {
        var issues = new Dictionary<string, List<string>>(Shipped.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (label, areas) in mapping.Issues) issues[label] = areas;
        return mapping with { Issues = issues };
    }

    /// <summary>The shipped labels by their letters and digits alone, so "cruel inhuman" finds "cruel, inhuman".</summary>
    private static readonly Lazy<Dictionary<string, string>> ByLetters = new(() =>
        Shipped.Value.Keys.GroupBy(Letters).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    private static string Letters(string label) => new(label.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>The labels of one cell, cleaned: "A41 Constitutional framework\n- women" → ["Constitutional framework", "women"].</summary>
    public static List<string> Split(string cell) =>
        cell.Split(['\n', '\r', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(label => Code().Replace(label.TrimStart('-', '•', '*', ' '), "").Trim())
            .Select(label => ByLetters.Value.GetValueOrDefault(Letters(label), label))
            .Where(label => label.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>A theme code ("A41", "D43", "SDG 16") in front of a label, with its separator.</summary>
    [GeneratedRegex(@"^(?:SDG\s*\d{1,2}|[A-Z]\d{1,2})\s*[-–:.]?\s+")]
    private static partial Regex Code();
}
