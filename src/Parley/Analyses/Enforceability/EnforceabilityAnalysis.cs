using Parley.Analyses.Cascade;
using Parley.Analyses.IssueAreas;
using Parley.Domain;

namespace Parley.Analyses.Enforceability;

/// <summary>
/// Scores commitments on what the seeds found missing from the dialogues (concrete action plans, enforcement,
/// anything legally binding) and flags those overdue, stalled or lapsed.
/// </summary>
public static class EnforceabilityAnalysis
{
    /// <summary>Instruments that bind in law; a joint statement or MOU records intent but binds no one.</summary>
    public static bool IsBinding(BindingInstrument instrument) => instrument is BindingInstrument.Agreement or BindingInstrument.Treaty;

    /// <summary>A commitment recorded in this many rounds without moving forward is stalled.</summary>
    public const int StalledAfterRounds = 2;

    public static EnforceabilityResult Analyze(IReadOnlyList<Commitment> commitments, IReadOnlyList<Framework> frameworks,
        IReadOnlyList<IssueArea> areas, DateOnly asOf, Func<Commitment, bool>? include = null)
    {
        var tree = new IssueAreaTree(areas);
        var lapsedBy = new Dictionary<int, string>();
        foreach (var w in CascadeAnalysis.RecordedWithdrawals(frameworks).Where(w => w.Date <= asOf))
        {
            var framework = frameworks.First(f => f.Id == w.FrameworkId);
            foreach (var (c, lapse) in CascadeAnalysis.Follow(w, commitments, tree).Lapsed)
                lapsedBy.TryAdd(c.Id, $"rests on {string.Join(" → ", lapse.Path)}; {framework.Name} lost a member on {w.Date:yyyy-MM-dd}");
        }

        // Lapses are followed through every commitment, then only the ones asked for are shown.
        var scores = commitments.Where(c => include?.Invoke(c) ?? true).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Score(c, tree, asOf, lapsedBy)).ToList();
        return new EnforceabilityResult(asOf, scores, RollUps(scores));
    }

    public static CommitmentScore Score(Commitment c, IssueAreaTree tree, DateOnly asOf, IReadOnlyDictionary<int, string> lapsedBy)
    {
        var met = new Dictionary<Criterion, bool>
        {
            [Criterion.Owner] = c.OwnerInstitutionId is not null || c.OwnerInstitution is not null,
            [Criterion.Steps] = c.Steps.Any(s => !string.IsNullOrWhiteSpace(s)),
            [Criterion.Deadline] = c.Deadline is not null,
            [Criterion.Indicator] = !string.IsNullOrWhiteSpace(c.Indicator),
            [Criterion.Verification] = !string.IsNullOrWhiteSpace(c.Verification),
            [Criterion.BindingInstrument] = IsBinding(c.Instrument),
        };
        var has = met.Where(kv => kv.Value).Select(kv => kv.Key).ToList();
        var lacks = met.Where(kv => !kv.Value).Select(kv => kv.Key).ToList();
        var concreteness = has.Count(k => k <= Criterion.Indicator);
        var status = CommitmentTimeline.Current(c);
        var year = CommitmentTimeline.Ordered(c).FirstOrDefault()?.Date?.Year ?? c.Round?.Date?.Year;
        return new CommitmentScore(c.Key, c.Title, c.Party?.Key ?? "", c.Party?.Name ?? "", c.Channel?.Key, c.Channel?.Name,
            c.IssueAreas.Select(a => tree.Name(a.Id)).OrderBy(n => n, StringComparer.Ordinal).ToList(), year, status, c.Instrument,
            has, lacks, concreteness, has.Count - concreteness, (double)has.Count / met.Count, Flags(c, status, asOf, lapsedBy));
    }

    private static List<CommitmentFlag> Flags(Commitment c, CommitmentStatus? status, DateOnly asOf, IReadOnlyDictionary<int, string> lapsedBy)
    {
        var flags = new List<CommitmentFlag>();
        var open = !CommitmentTimeline.IsSettled(status);
        if (open && c.Deadline is { } deadline && deadline.Latest < asOf)
            flags.Add(new(FlagKind.Overdue, $"deadline {deadline} passed; status {(status is { } s ? Words.Of(s) : "unknown")}"));

        var rounds = c.History.Where(h => h.RoundId is not null).Select(h => h.RoundId).Distinct().Count();
        var moved = c.History.Any(h => h.Status is CommitmentStatus.InProgress or CommitmentStatus.Fulfilled);
        if (status == CommitmentStatus.Stalled)
            flags.Add(new(FlagKind.Stalled, "recorded as stalled"));
        else if (open && rounds >= StalledAfterRounds && !moved)
            flags.Add(new(FlagKind.Stalled, $"raised in {rounds} rounds with no progress recorded"));

        if (status == CommitmentStatus.Lapsed)
            flags.Add(new(FlagKind.Lapsed, CommitmentTimeline.Ordered(c).Last().Note is { Length: > 0 } note ? $"recorded as lapsed: {note}" : "recorded as lapsed"));
        else if (lapsedBy.TryGetValue(c.Id, out var why))
            flags.Add(new(FlagKind.Lapsed, why));
        return flags;
    }

    private static List<RollUp> RollUps(IReadOnlyList<CommitmentScore> scores)
    {
        var rollUps = new List<RollUp>();
        void Add(string dimension, IEnumerable<(string Key, string Name, CommitmentScore Score)> rows) =>
            rollUps.AddRange(rows.GroupBy(r => (r.Key, r.Name)).OrderBy(g => g.Key.Key, StringComparer.Ordinal).Select(g => new RollUp(
                dimension, g.Key.Key, g.Key.Name, g.Count(), g.Average(r => r.Score.Score),
                g.Count(r => Has(r.Score, FlagKind.Overdue)), g.Count(r => Has(r.Score, FlagKind.Stalled)), g.Count(r => Has(r.Score, FlagKind.Lapsed)))));
        Add("channel", scores.Select(s => (s.ChannelKey ?? "-", s.Channel ?? "no channel", s)));
        Add("party", scores.Select(s => (s.PartyKey, s.Party, s)));
        Add("issue-area", scores.SelectMany(s => s.IssueAreas.DefaultIfEmpty("no issue area").Select(a => (a, a, s))));
        Add("year", scores.Select(s => (s.Year?.ToString() ?? "-", s.Year?.ToString() ?? "undated", s)));
        return rollUps;
    }

    private static bool Has(CommitmentScore s, FlagKind kind) => s.Flags.Any(f => f.Kind == kind);
}
