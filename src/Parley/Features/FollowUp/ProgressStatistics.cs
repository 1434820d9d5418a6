using Parley.Domain;

namespace Parley.Features.FollowUp;

/// <summary>
/// Progress statistics as a pure function of the records given: every accepted recommendation (or voluntary pledge) and
/// every commitment, its implementation state derived by <see cref="ImplementationRule"/> today and on the comparison day,
/// counted per issue area, lead institution, channel, UN review cycle or recommending state. An item in several groups
/// (two issue areas, two lead institutions) counts in each; the overall counts count it once.
/// </summary>
public static class ProgressStatistics
{
    /// <summary>What the statistics are drawn from; <paramref name="Since"/> is the comparison day (none: no trend).</summary>
    public sealed record Input(IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<Commitment> Commitments,
        IReadOnlyList<FollowUpAssignment> Assignments, DateOnly Today, DateOnly? Since, string? SinceRound);

    /// <summary>One followed thing and the groups it falls in.</summary>
    private sealed record Item(bool IsCommitment, IReadOnlyList<(string Key, string Label)> Groups, ImplementationState Now, ImplementationState Then);

    public const string NoneKey = "none";

    public static ProgressSummary Compute(Input input, ProgressDimension by)
    {
        var since = input.Since;
        var earlier = since is { } day ? [.. input.Assignments.Select(a => AsOf(a, day)).OfType<FollowUpAssignment>()] : input.Assignments;
        var items = new List<Item>();
        foreach (var r in input.Recommendations.Where(Accepted))
        {
            var now = MidTermReport.Covering(r, input.Assignments);
            var then = MidTermReport.Covering(r, earlier);
            items.Add(new Item(false, Groups(by, r, null, now), ImplementationRule.Derive(now, input.Today),
                since is { } s ? ImplementationRule.Derive(then, s) : ImplementationState.NoInformation));
        }
        foreach (var c in input.Commitments)
        {
            var now = Covering(c, input.Assignments);
            var then = Covering(c, earlier);
            items.Add(new Item(true, Groups(by, null, c, now), ImplementationRule.Derive(now, input.Today),
                since is { } s ? ImplementationRule.Derive(then, s) : ImplementationState.NoInformation));
        }

        var groups = items
            .SelectMany(i => i.Groups.DefaultIfEmpty((Key: NoneKey, Label: NoGroup(by))).Distinct().Select(g => (Group: g, Item: i)))
            .GroupBy(x => x.Group)
            .Select(g => new ProgressGroup(g.Key.Key, g.Key.Label, g.Count(x => !x.Item.IsCommitment), g.Count(x => x.Item.IsCommitment),
                g.Aggregate(ProgressCounts.Zero, (c, x) => c.Add(x.Item.Now)), g.Aggregate(ProgressCounts.Zero, (c, x) => c.Add(x.Item.Then))))
            // Most followed first: a group with work under way matters more than one with nothing reported.
            .OrderBy(g => g.Key == NoneKey).ThenByDescending(g => g.Now.Total - g.Now.NoInformation).ThenByDescending(g => g.Now.Total)
            .ThenBy(g => g.Label, StringComparer.Ordinal)
            .ToList();
        return new ProgressSummary(Name(by), input.Today, since, input.SinceRound,
            items.Aggregate(ProgressCounts.Zero, (c, i) => c.Add(i.Now)), items.Aggregate(ProgressCounts.Zero, (c, i) => c.Add(i.Then)),
            items.Count(i => !i.IsCommitment), items.Count(i => i.IsCommitment), groups);
    }

    public static string Name(ProgressDimension by) => by.ToString().ToLowerInvariant();

    /// <summary>The dimension named (area, institution, channel, cycle, state); a clear error otherwise.</summary>
    public static ProgressDimension Parse(string? text) => string.IsNullOrWhiteSpace(text) ? ProgressDimension.Area
        : Enum.TryParse<ProgressDimension>(text.Trim(), ignoreCase: true, out var by) && Enum.IsDefined(by) && !int.TryParse(text, out _) ? by
        : throw new UserError($"by: '{text}' is not one of area, institution, channel, cycle, state");

    /// <summary>The day of the last round held by <paramref name="today"/> (its first possible day), with its title.</summary>
    public static (DateOnly Day, string Title)? LastRound(IEnumerable<Round> rounds, DateOnly today) => rounds
        .Where(r => r.Date is { } d && d.Earliest <= today && r.Status != RoundStatus.Planned)
        .OrderBy(r => r.Date!.Value.Earliest).ThenBy(r => r.Id)
        .Select(r => ((DateOnly Day, string Title)?)(r.Date!.Value.Earliest, r.Title)).LastOrDefault();

    private static bool Accepted(Recommendation r) => r.Response is RecommendationResponse.Accepted or RecommendationResponse.VoluntaryPledge;

    private static IReadOnlyList<FollowUpAssignment> Covering(Commitment c, IEnumerable<FollowUpAssignment> assignments) =>
        [.. assignments.Where(a => a.CommitmentId == c.Id)];

    /// <summary>The assignment as it stood on <paramref name="day"/>: none before it was made, and only the reports dated by then.</summary>
    internal static FollowUpAssignment? AsOf(FollowUpAssignment a, DateOnly day) => a.AssignedOn > day ? null : new FollowUpAssignment
    {
        Id = a.Id, Key = a.Key, Title = a.Title, RecommendationId = a.RecommendationId, Recommendation = a.Recommendation,
        CommitmentId = a.CommitmentId, Commitment = a.Commitment, IssueAreaId = a.IssueAreaId, IssueArea = a.IssueArea,
        PartyId = a.PartyId, Party = a.Party, Cycle = a.Cycle, LeadInstitutionId = a.LeadInstitutionId, LeadInstitution = a.LeadInstitution,
        SupportingInstitutions = a.SupportingInstitutions, AssignedOn = a.AssignedOn, People = a.People,
        Actions = a.Actions, Indicators = a.Indicators, Reports = [.. a.Reports.Where(r => r.Date <= day)],
    };

    private static IReadOnlyList<(string Key, string Label)> Groups(ProgressDimension by, Recommendation? r, Commitment? c, IReadOnlyList<FollowUpAssignment> covering)
    {
        var recommendation = r ?? c?.Recommendation;
        return by switch
        {
            ProgressDimension.Area => [.. (r?.IssueAreas ?? c!.IssueAreas).Select(a => (a.Key, a.Name))],
            ProgressDimension.Institution => [.. covering.Select(a => a.LeadInstitution).OfType<Institution>().Select(i => (i.Key, i.Name))
                .Concat(covering.Count == 0 && c?.OwnerInstitution is { } owner ? [(owner.Key, owner.Name)] : [])],
            ProgressDimension.Channel => (c?.Channel ?? c?.Round?.Channel ?? r?.Round?.Channel) is { } channel ? [(channel.Key, channel.Name)]
                : recommendation?.Mechanism is { Length: > 0 } mechanism ? [("mechanism:" + mechanism, mechanism)] : [],
            ProgressDimension.Cycle => recommendation?.Cycle is { } cycle ? [(cycle.ToString(System.Globalization.CultureInfo.InvariantCulture), $"cycle {cycle}")] : [],
            _ => recommendation?.FromParty is { } from ? [(from.Key, from.Name)] : [],
        };
    }

    private static string NoGroup(ProgressDimension by) => by switch
    {
        ProgressDimension.Area => "no issue area",
        ProgressDimension.Institution => "no lead institution",
        ProgressDimension.Channel => "no channel",
        ProgressDimension.Cycle => "not from a UN review",
        _ => "not recommended by a state",
    };
}
