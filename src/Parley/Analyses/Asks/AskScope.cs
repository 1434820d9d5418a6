using Parley.Analyses.IssueAreas;
using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>The agenda's issue areas and what counts as touching them: the area itself, a narrower or a broader one.</summary>
internal sealed class AskScope(IssueAreaTree tree, IReadOnlyList<int> agenda)
{
    public IssueAreaTree Tree { get; } = tree;
    public IReadOnlyList<int> Agenda { get; } = agenda;

    public bool Touches(int area) => Agenda.Any(g => Tree.Covers(g, area) || Tree.Covers(area, g));
    public bool Touches(IEnumerable<IssueArea> areas) => areas.Any(a => Touches(a.Id));

    /// <summary>Of the areas that touch the agenda, the narrowest one (on or under an agenda area first), or null.</summary>
    public int? Narrowest(IEnumerable<IssueArea> areas) => Narrowest(areas.Select(a => a.Id));

    public int? Narrowest(IEnumerable<int> areas)
    {
        var touching = areas.Distinct().Where(Touches).ToList();
        return touching.OrderBy(a => Agenda.Any(g => Tree.Covers(g, a)) ? 0 : 1).ThenByDescending(a => Tree.SelfAndAncestors(a).Count)
            .ThenBy(a => Tree[a].Key, StringComparer.Ordinal).Select(a => (int?)a).FirstOrDefault();
    }

    public int? Narrowest(int area) => Narrowest([area]);
}
