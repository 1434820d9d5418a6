using Parley.Domain;

namespace Parley.Features.Powers;

/// <summary>
/// Who can do what, where: for each institution and issue area, the powers it holds there. A power with no issue
/// area applies to every area, and a power on an area covers the narrower areas beneath it.
/// </summary>
public static class PowerMatrix
{
    /// <summary>Where a power granted on every area comes from; the page shows it in the reader's language.</summary>
    public const string AllAreas = "all areas";

    public static IReadOnlyList<HeldPower> Held(Institution institution, IssueArea area, IReadOnlyDictionary<int, IssueArea> areasById)
    {
        var held = new List<HeldPower>();
        foreach (var power in institution.Powers)
        {
            if (power.IssueAreaId is null) held.Add(new HeldPower(power.Power, AllAreas));
            else if (power.IssueAreaId == area.Id) held.Add(new HeldPower(power.Power, null));
            else if (Ancestors(area, areasById).FirstOrDefault(a => a.Id == power.IssueAreaId) is { } parent)
                held.Add(new HeldPower(power.Power, parent.Name));
        }
        // One entry per power: granted on the area itself beats inherited.
        return held.GroupBy(h => h.Power).Select(g => g.OrderBy(h => h.Direct ? 0 : 1).First()).OrderBy(h => h.Power).ToList();
    }

    /// <summary>The wider areas an area belongs to, nearest first; a loop in the data stops the walk.</summary>
    public static IEnumerable<IssueArea> Ancestors(IssueArea area, IReadOnlyDictionary<int, IssueArea> areasById)
    {
        var seen = new HashSet<int> { area.Id };
        for (var id = area.ParentId; id is not null && seen.Add(id.Value) && areasById.TryGetValue(id.Value, out var parent); id = parent.ParentId)
            yield return parent;
    }

    /// <summary>Areas ordered as a tree (each parent followed by its children), with their depth.</summary>
    public static IReadOnlyList<(IssueArea Area, int Depth)> Tree(IReadOnlyCollection<IssueArea> areas)
    {
        var byParent = areas.ToLookup(a => a.ParentId is { } p && areas.Any(x => x.Id == p) ? p : (int?)null);
        var result = new List<(IssueArea, int)>();
        var seen = new HashSet<int>();
        void Walk(int? parent, int depth)
        {
            foreach (var a in byParent[parent].OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase))
            {
                if (!seen.Add(a.Id)) continue;
                result.Add((a, depth));
                Walk(a.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return result;
    }
}
