using Parley.Analyses.IssueAreas;
using Parley.Domain;

namespace Parley.Analyses.Cascade;

/// <summary>
/// Follows a withdrawal from a framework through the commitments that stand on it, directly or through other
/// commitments, and reports what lapses and what leverage is lost.
/// </summary>
public static class CascadeAnalysis
{
    /// <summary>
    /// The what-if for <paramref name="party"/> leaving <paramref name="framework"/>. With no date, the recorded
    /// withdrawal's date is used, and failing that <paramref name="today"/>.
    /// </summary>
    public static CascadeResult Analyze(Framework framework, Party party, DateOnly? date, DateOnly today,
        IReadOnlyList<Commitment> commitments, IReadOnlyList<Framework> frameworks, IReadOnlyList<IssueArea> areas)
    {
        var tree = new IssueAreaTree(areas);
        var notes = new List<string>();
        var recorded = RecordedWithdrawals(frameworks).FirstOrDefault(w => w.FrameworkId == framework.Id && w.PartyId == party.Id);
        var when = date ?? recorded?.Date ?? today;
        if (date is null && recorded is null) notes.Add($"No withdrawal of {party.Name} from {framework.Name} is on record; supposing one on {when:yyyy-MM-dd}.");
        var isMember = framework.Members.Any(m => m.Id == party.Id) || framework.Events.Any(e => e.PartyId == party.Id);
        if (!isMember) notes.Add($"{party.Name} is not on record as a member of {framework.Name}; its leaving changes nothing.");

        // Only what existed on the date can be annulled: a framework merely proposed or under negotiation binds no one.
        var status = FrameworkTimeline.At(framework, when, party.Id, withWithdrawals: false);
        var nothingToAnnul = !status.CanAnnul;
        if (nothingToAnnul)
            notes.Add($"Nothing to annul: on {when:yyyy-MM-dd} {framework.Name} was {status} for {party.Name}; only a framework signed or in force can annul commitments.");
        else if (status.Stage == FrameworkStage.NotOnRecord)
            notes.Add($"No dated event of {framework.Name} is on record; supposing it existed on {when:yyyy-MM-dd}.");
        var (lapsed, spared) = isMember && !nothingToAnnul
            ? Follow(new Withdrawal(framework.Id, party.Id, when), commitments, tree)
            : ([], []);

        var losses = nothingToAnnul ? [] : framework.Leverage
            .Select(l => l.IssueAreaId).Concat(lapsed.SelectMany(c => c.Commitment.IssueAreas.Select(a => a.Id)))
            .Distinct()
            .Select(areaId => new LeverageLoss(tree[areaId].Key, tree.Name(areaId),
                framework.Leverage.FirstOrDefault(l => l.IssueAreaId == areaId)?.Note,
                lapsed.Count(c => c.Commitment.IssueAreas.Any(a => a.Id == areaId)),
                frameworks.Where(f => f.Id != framework.Id && f.Leverage.Any(l => tree.Covers(l.IssueAreaId, areaId))
                        && FrameworkTimeline.At(f, when).Stage is FrameworkStage.InForce or FrameworkStage.NotOnRecord)
                    .Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal).ToList()))
            .OrderBy(l => l.IssueAreaKey, StringComparer.Ordinal).ToList();

        return new CascadeResult(framework.Key, framework.Name, party.Key, party.Name, when,
            recorded is not null && recorded.Date == when, lapsed.Select(x => x.Lapsed).ToList(), spared, losses, notes)
        {
            Stage = status.Stage, StageText = status.ToString(), NothingToAnnul = nothingToAnnul,
        };
    }

    /// <summary>Withdrawals recorded as framework events; an undated one is left out, as its effect cannot be placed in time.</summary>
    public static IReadOnlyList<Withdrawal> RecordedWithdrawals(IEnumerable<Framework> frameworks) =>
        frameworks.SelectMany(f => f.Events
                .Where(e => e.Kind == FrameworkEventKind.Withdrawal && e.PartyId is not null && e.Date is not null)
                .Select(e => new Withdrawal(f.Id, e.PartyId!.Value, e.Date!.Value.Earliest)))
            .ToList();

    /// <summary>
    /// The commitments that lapse: those resting on the framework and still open just before the date, then those
    /// resting on a lapsed commitment, until nothing changes. Each commitment is visited once, so cycles end.
    /// </summary>
    public static (IReadOnlyList<(Commitment Commitment, LapsedCommitment Lapsed)> Lapsed, IReadOnlyList<SparedCommitment> Spared)
        Follow(Withdrawal withdrawal, IReadOnlyList<Commitment> commitments, IssueAreaTree tree)
    {
        var lapsed = new List<(Commitment, LapsedCommitment)>();
        var spared = new List<SparedCommitment>();
        var paths = new Dictionary<int, IReadOnlyList<string>>();
        var queue = new Queue<Commitment>();
        string? frameworkKey = null;

        foreach (var c in commitments.Where(c => c.Frameworks.Any(f => f.Id == withdrawal.FrameworkId)).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            frameworkKey ??= c.Frameworks.First(f => f.Id == withdrawal.FrameworkId).Key;
            if (Spare(c, withdrawal.Date) is { } reason) { spared.Add(reason); continue; }
            paths[c.Id] = [frameworkKey, c.Key];
            queue.Enqueue(c);
        }
        while (queue.Count > 0)
        {
            var c = queue.Dequeue();
            var path = paths[c.Id];
            lapsed.Add((c, new LapsedCommitment(c.Key, c.Title, c.Party?.Key ?? "", c.Party?.Name ?? "",
                c.IssueAreas.Select(a => tree.Name(a.Id)).ToList(), CommitmentTimeline.Before(c, withdrawal.Date), path.Count == 2, path)));
            foreach (var dependent in commitments.Where(d => d.DependsOn.Any(x => x.Id == c.Id)).OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                if (paths.ContainsKey(dependent.Id) || spared.Any(s => s.Key == dependent.Key)) continue;
                if (Spare(dependent, withdrawal.Date) is { } reason) { spared.Add(reason); continue; }
                paths[dependent.Id] = [.. path, dependent.Key];
                queue.Enqueue(dependent);
            }
        }
        return (lapsed, spared);
    }

    private static SparedCommitment? Spare(Commitment c, DateOnly date)
    {
        if (!CommitmentTimeline.ExistedBefore(c, date)) return new(c.Key, c.Title, CommitmentTimeline.Current(c), "made after the withdrawal");
        var before = CommitmentTimeline.Before(c, date);
        return CommitmentTimeline.IsSettled(before)
            ? new(c.Key, c.Title, before, $"already {Words.Of(before!.Value)} before the withdrawal")
            : null;
    }
}
