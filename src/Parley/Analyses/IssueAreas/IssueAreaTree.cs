using Parley.Domain;

namespace Parley.Analyses.IssueAreas;

/// <summary>The issue-area taxonomy as a tree: a power, leverage or piece of evidence on a parent reaches its children.</summary>
public sealed class IssueAreaTree
{
    private readonly Dictionary<int, IssueArea> _byId;

    public IssueAreaTree(IEnumerable<IssueArea> areas) => _byId = areas.ToDictionary(a => a.Id);

    public IssueArea this[int id] => _byId[id];

    public IEnumerable<IssueArea> All => _byId.Values.OrderBy(a => a.Key, StringComparer.Ordinal);

    public string Name(int id) => _byId.TryGetValue(id, out var area) ? area.Name : $"issue area {id}";

    /// <summary>The area itself, then its parent, grandparent and so on; a cycle in the data stops the walk.</summary>
    public IReadOnlyList<int> SelfAndAncestors(int id)
    {
        var chain = new List<int>();
        for (int? at = id; at is { } current && !chain.Contains(current); at = _byId.TryGetValue(current, out var a) ? a.ParentId : null)
            chain.Add(current);
        return chain;
    }

    /// <summary>Whether something recorded on <paramref name="recordedOn"/> (null: every area) reaches <paramref name="area"/>.</summary>
    public bool Covers(int? recordedOn, int area) => recordedOn is null || SelfAndAncestors(area).Contains(recordedOn.Value);
}
