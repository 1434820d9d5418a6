using System.Globalization;
using Parley.Domain;
using Parley.Features.Briefings;

namespace Parley.Features.FollowUp;

/// <summary>
/// Drafts the "since the last round" report of a bilateral channel with the mid-term report's engine: the channel's
/// commitments and the recommendations raised in its rounds, by theme, each with its institutions, actions, reports
/// and gaps (<see cref="MidTermReport"/>), and its state at the last round against its state now (both by
/// <see cref="ImplementationRule"/>, the earlier one from the reports dated up to that round, counted as in
/// <see cref="ProgressStatistics"/>). A pure function of the records given.
/// </summary>
public static class SinceLastRoundReport
{
    /// <summary>Everything the report is drawn from; <paramref name="LastRound"/> is the channel's last round held, if any.</summary>
    public sealed record Input(Channel Channel, Round? LastRound, IReadOnlyList<Commitment> Commitments, IReadOnlyList<Recommendation> Recommendations,
        IReadOnlyList<FollowUpAssignment> Assignments, DateOnly Today);

    /// <summary>One item of the report: a commitment or a recommendation, its themes and the follow-ups that cover it.</summary>
    private sealed record Item(string Key, string Text, bool IsCommitment, IReadOnlyList<string> Themes, IReadOnlyList<FollowUpAssignment> Covering);

    public static Briefing Build(Input input, bool vietnamese, IReadOnlyDictionary<string, string>? narratives = null)
    {
        narratives ??= new Dictionary<string, string>();
        var text = SinceLastRoundText.For(vietnamese);
        var mid = MidTermText.For(vietnamese);
        var since = input.LastRound?.Date?.Earliest;
        var items = Items(input, mid);
        var then = since is { } was
            ? items.ToDictionary(i => i, i => ImplementationRule.Derive([.. i.Covering.Select(a => ProgressStatistics.AsOf(a, was)).OfType<FollowUpAssignment>()], was))
            : items.ToDictionary(i => i, _ => ImplementationState.NoInformation);
        var now = items.ToDictionary(i => i, i => ImplementationRule.Derive(i.Covering, input.Today));
        var countsThen = items.Aggregate(ProgressCounts.Zero, (c, i) => c.Add(then[i]));
        var countsNow = items.Aggregate(ProgressCounts.Zero, (c, i) => c.Add(now[i]));
        var newReports = items.SelectMany(i => i.Covering).Distinct().SelectMany(a => a.Reports).Count(r => since is null || r.Date > since);

        var summary = new List<BriefingBlock>();
        if (input.LastRound is null) summary.Add(Paragraph(text.NoRound));
        summary.Add(Paragraph(string.Format(CultureInfo.InvariantCulture, text.Scope, items.Count(i => i.IsCommitment), items.Count(i => !i.IsCommitment),
            Day(input.Today), newReports)));
        summary.Add(Paragraph(mid.Rule));
        var names = ProgressCounts.Names(vietnamese);
        summary.Add(new BriefingTable([mid.State, text.AtLastRound, text.Now],
            [.. names.Select((name, i) => new BriefingRow([name, since is null ? "—" : Number(countsThen.InOrder[i]), Number(countsNow.InOrder[i])], []))]));
        summary.AddRange(MidTermReport.Narrative(narratives, Narratives.Introduction, text.Placeholder));

        var themes = new List<BriefingBlock>();
        if (items.Count == 0) themes.Add(Paragraph(text.NothingFollowed));
        foreach (var theme in items.SelectMany(i => i.Themes.Select(t => (Theme: t, Item: i))).GroupBy(x => x.Theme)
            .OrderBy(g => g.Key == mid.NoTheme).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            themes.Add(new BriefingSubheading($"{theme.Key} ({theme.Count()})"));
            themes.AddRange(MidTermReport.Narrative(narratives, Narratives.Theme(theme.Key), null));
            foreach (var item in theme.Select(x => x.Item).OrderBy(i => !i.IsCommitment).ThenBy(i => i.Key, StringComparer.Ordinal))
            {
                themes.Add(Paragraph($"{(item.IsCommitment ? text.Commitment : text.Recommendation)} {item.Key}: {item.Text}"));
                var details = new List<string>();
                if (since is { } day)
                {
                    details.Add(string.Format(CultureInfo.InvariantCulture, text.StateChange, mid.Label(then[item]),
                        mid.Label(now[item]) + (then[item] == now[item] ? $" ({text.Unchanged})" : "")));
                    details.Add(string.Format(CultureInfo.InvariantCulture, text.NewReports, item.Covering.SelectMany(a => a.Reports).Count(r => r.Date > day)));
                }
                details.AddRange(MidTermReport.Details(item.Covering, now[item], mid, input.Today));
                themes.Add(new BriefingList([.. details.Select(d => new BriefingParagraph(d, []))]));
            }
        }

        var gapCounts = items.SelectMany(i => MidTermReport.GapsOf(i.Covering, mid, input.Today)).GroupBy(g => g).OrderByDescending(g => g.Count()).ToList();
        var gaps = new List<BriefingBlock>();
        if (gapCounts.Count == 0) gaps.Add(Paragraph(mid.NoGaps));
        else gaps.Add(new BriefingTable([mid.Gap, $"{text.Commitment} / {text.Recommendation}"],
            [.. gapCounts.Select(g => new BriefingRow([g.Key, g.Count().ToString(CultureInfo.InvariantCulture)], []))]));
        gaps.AddRange(MidTermReport.Narrative(narratives, Narratives.Conclusion, null));

        var subtitle = input.LastRound is { } round
            ? string.Format(CultureInfo.InvariantCulture, text.Subtitle, round.Title, round.Date?.ToString() ?? "")
            : input.Channel.Name;
        return new Briefing(string.Format(CultureInfo.InvariantCulture, text.Title, input.Channel.Name), input.Channel.Name, subtitle, input.Today,
            vietnamese ? BriefingLanguage.Vi : BriefingLanguage.En, Sensitive: false, Redacted: false,
            [new BriefingSection((BriefingSectionId)1, mid.Summary, summary),
             new BriefingSection((BriefingSectionId)2, vietnamese ? "Theo chủ đề" : "By theme", themes),
             new BriefingSection((BriefingSectionId)3, mid.Gaps, gaps)],
            []);
    }

    /// <summary>The themes the draft has a heading for: where an editor can write a paragraph.</summary>
    public static IReadOnlyList<string> Themes(Input input, bool vietnamese) => [.. Items(input, MidTermText.For(vietnamese)).SelectMany(i => i.Themes).Distinct().Order(StringComparer.Ordinal)];

    private static List<Item> Items(Input input, MidTermText mid)
    {
        IReadOnlyList<string> Themes(IEnumerable<IssueArea> areas) => areas.Select(a => a.Name).DefaultIfEmpty(mid.NoTheme).ToList();
        return
        [
            .. input.Commitments.Select(c => new Item(c.Key, c.Title, true, Themes(c.IssueAreas), [.. input.Assignments.Where(a => a.CommitmentId == c.Id)])),
            .. input.Recommendations.Select(r => new Item(r.Key, r.Text, false, Themes(r.IssueAreas), MidTermReport.Covering(r, input.Assignments))),
        ];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static BriefingParagraph Paragraph(string text) => new(text, []);
}
