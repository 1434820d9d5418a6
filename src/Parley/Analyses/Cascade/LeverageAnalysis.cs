using Parley.Analyses.IssueAreas;
using Parley.Domain;

namespace Parley.Analyses.Cascade;

/// <summary>The opposite view of the cascade: for an issue area, which frameworks give leverage on it, and which were lost.</summary>
public static class LeverageAnalysis
{
    public static LeverageResult Analyze(IssueArea area, IReadOnlyList<Framework> frameworks, IReadOnlyList<Commitment> commitments,
        IReadOnlyList<IssueArea> areas, IReadOnlyList<Party> parties)
    {
        var tree = new IssueAreaTree(areas);
        var partyName = parties.ToDictionary(p => p.Id, p => p.Name);
        var levers = new List<FrameworkLever>();
        foreach (var f in frameworks)
        {
            // Leverage on the area or a broader one reaches it; leverage on a narrower one reaches part of it.
            var direct = f.Leverage.FirstOrDefault(l => l.IssueAreaId == area.Id);
            var broader = f.Leverage.FirstOrDefault(l => l.IssueAreaId != area.Id && tree.Covers(l.IssueAreaId, area.Id));
            var narrower = f.Leverage.FirstOrDefault(l => l.IssueAreaId != area.Id && tree.Covers(area.Id, l.IssueAreaId));
            var (reach, note) = direct is not null ? ("direct", direct.Note)
                : broader is not null ? ($"through {tree.Name(broader.IssueAreaId)}", broader.Note)
                : narrower is not null ? ($"on part of it: {tree.Name(narrower.IssueAreaId)}", narrower.Note)
                : (null, null);
            if (reach is null) continue;
            var withdrawals = f.Events.Where(e => e.Kind == FrameworkEventKind.Withdrawal)
                .Select(e => $"{(e.PartyId is { } p && partyName.TryGetValue(p, out var n) ? n : "a party")} withdrew{(e.Date is { } d ? $" {d}" : "")}")
                .ToList();
            var resting = commitments
                .Where(c => c.Frameworks.Any(x => x.Id == f.Id) && c.IssueAreas.Any(a => tree.Covers(area.Id, a.Id) || tree.Covers(a.Id, area.Id)))
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => $"{c.Key} ({(CommitmentTimeline.Current(c) is { } s ? Words.Of(s) : "no status")})")
                .ToList();
            levers.Add(new FrameworkLever(f.Key, f.Name, f.Kind, reach, note,
                f.Members.Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal).ToList(), withdrawals, withdrawals.Count == 0, resting));
        }
        return new LeverageResult(area.Key, area.Name,
            levers.OrderByDescending(l => l.Active).ThenBy(l => l.Reach == "direct" ? 0 : 1).ThenBy(l => l.Key, StringComparer.Ordinal).ToList());
    }
}
