using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>Which issue areas a briefing's agenda touches: an agenda area, its sub-areas and the areas above it.</summary>
public sealed class IssueAreaTree(IEnumerable<IssueArea> areas)
{
    private readonly Dictionary<int, IssueArea> _byId = areas.ToDictionary(a => a.Id);

    public IEnumerable<int> AncestorsAndSelf(int id)
    {
        var seen = new HashSet<int>();
        for (int? current = id; current is { } c && seen.Add(c); current = _byId.TryGetValue(c, out var area) ? area.ParentId : null)
            yield return c;
    }

    /// <summary>True when <paramref name="area"/> is one of <paramref name="agenda"/>, below one, or above one.</summary>
    public bool Touches(IReadOnlySet<int> agenda, int area) =>
        AncestorsAndSelf(area).Any(agenda.Contains) || agenda.Any(a => AncestorsAndSelf(a).Contains(area));
}
