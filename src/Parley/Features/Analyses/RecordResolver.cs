using Parley.Analyses.Matching;
using Parley.Domain;

namespace Parley.Features.Analyses;

/// <summary>
/// Finds the one record a user named: by id, by key ("labor"), by name, or by a fragment of the name that only one
/// record contains, ignoring case and diacritics ("molisa", "cong an"). Anything else is an error listing candidates.
/// </summary>
public static class RecordResolver
{
    private const int MaxCandidates = 12;

    public static T Resolve<T>(IReadOnlyList<T> records, string? given, Func<T, string> name, string kind) where T : IKeyed
    {
        var text = given?.Trim() ?? "";
        if (text.Length == 0) throw new UserError($"no {kind} given; {Candidates(records, name)}");
        if (int.TryParse(text, out var id) && records.FirstOrDefault(r => r.Id == id) is { } byId) return byId;
        if (records.FirstOrDefault(r => string.Equals(r.Key, text, StringComparison.OrdinalIgnoreCase)) is { } byKey) return byKey;

        var folded = FoldedText.Fold(text);
        var exact = records.Where(r => FoldedText.Fold(name(r)) == folded).ToList();
        if (exact.Count == 1) return exact[0];
        var matches = records.Where(r => FoldedText.Fold(name(r)).Contains(folded, StringComparison.Ordinal)
            || FoldedText.Fold(r.Key).Contains(folded, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new UserError($"no {kind} matches '{text}'; {Candidates(records, name)}"),
            _ => throw new UserError($"'{text}' names more than one {kind}: {List(matches, name)}; give the key or more of the name"),
        };
    }

    /// <summary>Resolves a comma-separated list ("vn-mfa,MOLISA").</summary>
    public static IReadOnlyList<T> ResolveAll<T>(IReadOnlyList<T> records, string? given, Func<T, string> name, string kind) where T : IKeyed =>
        (given ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => Resolve(records, part, name, kind)).Distinct().ToList();

    private static string Candidates<T>(IReadOnlyList<T> records, Func<T, string> name) where T : IKeyed =>
        records.Count == 0 ? "the store holds none" : $"known: {List(records, name)}";

    private static string List<T>(IReadOnlyList<T> records, Func<T, string> name) where T : IKeyed
    {
        var shown = records.OrderBy(r => r.Key, StringComparer.Ordinal).Take(MaxCandidates).Select(r => $"{r.Key} ({name(r)})");
        return string.Join(", ", shown) + (records.Count > MaxCandidates ? $" and {records.Count - MaxCandidates} more" : "");
    }
}
