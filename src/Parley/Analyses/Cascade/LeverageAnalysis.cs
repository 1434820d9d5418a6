using Parley.Analyses.IssueAreas;
using Parley.Domain;

namespace Parley.Analyses.Cascade;

/// <summary>
/// The opposite view of the cascade: for an issue area, which frameworks give leverage on it as of a date, split into
/// levers in force, pending ones (proposed, negotiated, signed) and lost ones (withdrawn, never in force).
/// </summary>
public static class LeverageAnalysis
{
    public static LeverageResult Analyze(IssueArea area, IReadOnlyList<Framework> frameworks, IReadOnlyList<Commitment> commitments,
        IReadOnlyList<IssueArea> areas, IReadOnlyList<Party> parties, DateOnly? asOf = null)
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
            var status = FrameworkTimeline.At(f, asOf);
            if (status.Stage == FrameworkStage.NotYet) continue;
            var withdrawals = f.Events.Where(e => e.Kind == FrameworkEventKind.Withdrawal && (asOf is null || e.Date is null || e.Date.Value.Earliest <= asOf))
                .Select(e => $"{(e.PartyId is { } p && partyName.TryGetValue(p, out var n) ? n : "a party")} withdrew{(e.Date is { } d ? $" {d}" : "")}")
                .ToList();
            var resting = commitments
                .Where(c => c.Frameworks.Any(x => x.Id == f.Id) && c.IssueAreas.Any(a => tree.Covers(area.Id, a.Id) || tree.Covers(a.Id, area.Id)))
                .Where(c => asOf is null || CommitmentTimeline.ExistedBefore(c, asOf.Value.AddDays(1)))
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => $"{c.Key} ({((asOf is { } d ? CommitmentTimeline.Before(c, d.AddDays(1)) : CommitmentTimeline.Current(c)) is { } s ? Words.Of(s) : "no status")})")
                .ToList();
            levers.Add(new FrameworkLever(f.Key, f.Name, f.Kind, reach, note,
                f.Members.Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal).ToList(), withdrawals,
                status.Stage is FrameworkStage.InForce, resting) { Stage = status.Stage, Status = status.ToString() });
        }
        return new LeverageResult(area.Key, area.Name,
            levers.OrderByDescending(l => l.Active).ThenBy(l => l.Reach == "direct" ? 0 : 1).ThenBy(l => l.Key, StringComparer.Ordinal).ToList())
        {
            AsOf = asOf,
        };
    }
}
