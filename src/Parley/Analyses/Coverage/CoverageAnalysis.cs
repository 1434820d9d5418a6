using Parley.Analyses.IssueAreas;
using Parley.Domain;

namespace Parley.Analyses.Coverage;

/// <summary>
/// For each agenda issue area, the links of each party's decision chain (who must propose, approve, endorse and
/// execute) derived from the institutions' stored powers, and which of them the delegation brings to the table.
/// </summary>
public static class CoverageAnalysis
{
    /// <summary>The links needed to act; negotiating is a seat at the table, not a decision.</summary>
    public static readonly IReadOnlyList<Power> ChainLinks = [Power.Propose, Power.Approve, Power.Endorse, Power.Execute];

    public static CoverageResult Analyze(IReadOnlyList<Institution> institutions, IReadOnlyList<IssueArea> areas,
        IReadOnlyList<Party> parties, IReadOnlyCollection<int> delegation, IReadOnlyList<int> agenda)
    {
        var tree = new IssueAreaTree(areas);
        var present = institutions.Where(i => delegation.Contains(i.Id)).ToList();
        var items = new List<AgendaCoverage>();
        var invite = new Dictionary<Institution, List<(Power Power, string Area)>>();

        foreach (var areaId in agenda.Distinct())
        {
            var links = new List<ChainLink>();
            foreach (var party in parties)
            {
                var own = institutions.Where(i => i.PartyId == party.Id).ToList();
                var holdersByPower = ChainLinks.ToDictionary(p => p, p => own.Where(i => Holds(i, p, areaId, tree)).ToList());
                // A party none of whose institutions can decide anything on the area has no known chain there.
                if (holdersByPower.Values.All(h => h.Count == 0)) continue;
                foreach (var power in ChainLinks)
                {
                    var holders = holdersByPower[power];
                    var atTable = holders.Where(h => delegation.Contains(h.Id)).ToList();
                    var state = holders.Count == 0 ? LinkState.NoHolderOnRecord : atTable.Count > 0 ? LinkState.Covered : LinkState.Missing;
                    if (state == LinkState.Missing)
                        foreach (var h in holders)
                            (invite.TryGetValue(h, out var list) ? list : invite[h] = []).Add((power, tree.Name(areaId)));
                    links.Add(new ChainLink(party.Key, party.Name, power, state, holders.Select(Ref).ToList(), atTable.Select(Ref).ToList()));
                }
            }
            var covered = links.Count(l => l.State == LinkState.Covered);
            var known = links.Count(l => l.State != LinkState.NoHolderOnRecord);
            var negotiators = present.Where(i => Holds(i, Power.Negotiate, areaId, tree)).Select(Ref).ToList();
            items.Add(new AgendaCoverage(tree[areaId].Key, tree.Name(areaId), links, negotiators, covered, known, Ratio(covered, known)));
        }

        var reach = present.Select(i => new DelegateReach(i.Key, i.Name,
            i.Powers.Where(p => agenda.Any(a => tree.Covers(p.IssueAreaId, a)))
                .Select(p => $"{Word(p.Power)} on {(p.IssueAreaId is { } a ? tree.Name(a) : "every area")}").Distinct().ToList())).ToList();
        var toInvite = invite.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key.Key, StringComparer.Ordinal)
            .Select(kv => new InstitutionToInvite(kv.Key.Key, kv.Key.Name, kv.Value
                .GroupBy(x => x.Power).Select(g => $"{Word(g.Key)} on {string.Join(", ", g.Select(x => x.Area))}").ToList())).ToList();
        var allCovered = items.Sum(i => i.Covered);
        var allKnown = items.Sum(i => i.Known);
        return new CoverageResult(reach, items, allCovered, allKnown, Ratio(allCovered, allKnown), toInvite);
    }

    private static bool Holds(Institution institution, Power power, int areaId, IssueAreaTree tree) =>
        institution.Powers.Any(p => p.Power == power && tree.Covers(p.IssueAreaId, areaId));

    private static InstitutionRef Ref(Institution i) => new(i.Key, i.Name);

    private static double? Ratio(int covered, int known) => known == 0 ? null : (double)covered / known;

    public static string Word(Power power) => power.ToString().ToLowerInvariant();
}
