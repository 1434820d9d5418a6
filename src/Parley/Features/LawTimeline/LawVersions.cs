using Microsoft.Extensions.Localization;
using Parley.Domain;
using Parley.Web;

namespace Parley.Features.LawTimeline;

/// <summary>
/// The versions around a law or an article: the instruments it replaces, is replaced by, amends or is amended by, or
/// the articles it continues and that continue it, each with its time in force by <see cref="LegalValidity"/>'s rule.
/// The links are followed both ways as far as they go, so every version of one law appears on each version's page.
/// </summary>
public static class LawVersions
{
    /// <summary>No drawing of more versions than a reader can follow; the nearest by date are kept.</summary>
    public const int Most = 24;

    /// <summary>The versions around <paramref name="shown"/> among <paramref name="all"/>, their links in the words of <paramref name="text"/>.</summary>
    public static IReadOnlyList<LawVersion> Of(LegalInstrument shown, IReadOnlyList<LegalInstrument> all, IStringLocalizer<Text> text)
    {
        IEnumerable<LegalInstrument> Linked(LegalInstrument i) =>
            all.Where(o => o.Id == i.ReplacedById || o.Id == i.AmendsId || o.ReplacedById == i.Id || o.AmendsId == i.Id);
        var family = Reach(shown, Linked);
        var byId = all.ToDictionary(i => i.Id);
        return Ordered(family.Select(i => new LawVersion("legal-instruments", i.Key, i.Title, LegalValidity.Start(i), i.InForceUntil,
            Relation(i, byId, text), i.Id == shown.Id)), shown.Key);
    }

    /// <summary>The articles <paramref name="shown"/> continues and that continue it; their instruments must be loaded.</summary>
    public static IReadOnlyList<LawVersion> Of(Provision shown, IReadOnlyList<Provision> all, IStringLocalizer<Text> text)
    {
        IEnumerable<Provision> Linked(Provision p) => p.Successors.Concat(all.Where(o => o.Successors.Any(s => s.Id == p.Id)));
        var family = Reach(shown, Linked);
        return Ordered(family.Select(p => new LawVersion("provisions", p.Key, $"{p.Label}, {p.Instrument.Title}",
            p.InForceFrom ?? LegalValidity.Start(p.Instrument), p.InForceUntil ?? p.Instrument.InForceUntil,
            p.Successors.Count == 0 ? "" : text["LawTimeline.ContinuedBy", string.Join("; ", p.Successors.Select(s => $"{s.Label}, {s.Instrument.Title}"))],
            p.Id == shown.Id)), shown.Key);
    }

    private static string Relation(LegalInstrument i, IReadOnlyDictionary<int, LegalInstrument> byId, IStringLocalizer<Text> text) => string.Join("; ",
        new[]
        {
            i.ReplacedById is { } r && byId.TryGetValue(r, out var by) ? text["LawTimeline.ReplacedBy", by.Title].Value : null,
            i.AmendsId is { } a && byId.TryGetValue(a, out var amended) ? text["LawTimeline.Amends", amended.Title].Value : null,
        }.OfType<string>());

    /// <summary>Everything reachable from <paramref name="start"/> through <paramref name="linked"/>, each once.</summary>
    private static List<T> Reach<T>(T start, Func<T, IEnumerable<T>> linked) where T : class
    {
        var seen = new HashSet<T>(ReferenceEqualityComparer.Instance) { start };
        var next = new Queue<T>([start]);
        while (next.TryDequeue(out var item) && seen.Count < 4 * Most)
            foreach (var other in linked(item))
                if (seen.Add(other)) next.Enqueue(other);
        return [.. seen];
    }

    /// <summary>Oldest first (undated first: they are known only to come before); at most <see cref="Most"/>, the shown one kept.</summary>
    private static IReadOnlyList<LawVersion> Ordered(IEnumerable<LawVersion> versions, string shownKey)
    {
        var ordered = versions.OrderBy(v => v.From?.Earliest ?? DateOnly.MinValue).ThenBy(v => v.Key, StringComparer.Ordinal).ToList();
        if (ordered.Count <= Most) return ordered;
        var at = ordered.FindIndex(v => v.Key == shownKey);
        var first = Math.Clamp(at - Most / 2, 0, ordered.Count - Most);
        return ordered.GetRange(first, Most);
    }
}
