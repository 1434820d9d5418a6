using System.Globalization;
using Parley.Domain;
using Parley.Features.Briefings;

namespace Parley.Features.FollowUp;

/// <summary>
/// Drafts a UPR mid-term report from the record, as a pure function of the records given: the party's recommendations
/// of one cycle grouped by theme (issue area), each accepted one with its response, the institutions assigned, the
/// actions planned and the reports made (dates and evidence), its derived state and its gaps. The result is a
/// <see cref="Briefing"/>, so the briefing's Markdown, HTML and PDF renderers draw it.
/// </summary>
public static class MidTermReport
{
    /// <summary>Everything the report is drawn from.</summary>
    public sealed record Input(Party Party, int Cycle, IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<FollowUpAssignment> Assignments, DateOnly Today);

    /// <summary>The draft; <paramref name="narratives"/> holds what editors wrote (see <see cref="Narratives"/>), placed where the team writes.</summary>
    public static Briefing Build(Input input, bool vietnamese, IReadOnlyDictionary<string, string>? narratives = null)
    {
        narratives ??= new Dictionary<string, string>();
        var text = MidTermText.For(vietnamese);
        var received = input.Recommendations.Where(r => r.ToPartyId == input.Party.Id && r.Cycle == input.Cycle).ToList();
        var accepted = received.Where(Accepted).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var followed = accepted.ToDictionary(r => r, r => Covering(r, input.Assignments));
        var states = followed.ToDictionary(p => p.Key, p => ImplementationRule.Derive(p.Value, input.Today));

        var summary = new List<BriefingBlock>
        {
            Paragraph(string.Format(CultureInfo.InvariantCulture, text.Received, input.Party.Name, received.Count, input.Cycle,
                string.Join(", ", received.GroupBy(r => r.Response).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {text.Label(g.Key)}")))),
            Paragraph(string.Format(CultureInfo.InvariantCulture, text.Scope, accepted.Count, input.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            Paragraph(text.Rule),
            new BriefingTable([text.State, text.Recommendations],
                [.. Enum.GetValues<ImplementationState>().Select(s => new BriefingRow([text.Label(s), states.Values.Count(v => v == s).ToString(CultureInfo.InvariantCulture)], []))]),
        };
        summary.AddRange(Narrative(narratives, Narratives.Introduction, text.NarrativePlaceholder));

        var themes = new List<BriefingBlock>();
        if (accepted.Count == 0) themes.Add(Paragraph(text.NothingAccepted));
        // A recommendation is listed under each of its themes; those without one come last.
        var byTheme = received
            .SelectMany(r => r.IssueAreas.Count == 0
                ? new[] { (Theme: text.NoTheme, Last: true, Recommendation: r) }
                : r.IssueAreas.Select(a => (Theme: a.Name, Last: false, Recommendation: r)))
            .GroupBy(x => (x.Theme, x.Last)).OrderBy(g => g.Key.Last).ThenBy(g => g.Key.Theme, StringComparer.Ordinal);
        foreach (var theme in byTheme)
        {
            var inTheme = theme.Select(x => x.Recommendation).ToList();
            var acceptedHere = inTheme.Where(Accepted).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            if (acceptedHere.Count == 0) continue;
            themes.Add(new BriefingSubheading($"{theme.Key.Theme} ({acceptedHere.Count})"));
            themes.AddRange(Narrative(narratives, Narratives.Theme(theme.Key.Theme), null));
            foreach (var recommendation in acceptedHere)
            {
                themes.Add(Paragraph($"{recommendation.Key}: {recommendation.Text} ({text.From} {recommendation.FromParty?.Name ?? "?"}; {text.Response}: {text.Label(recommendation.Response)})"));
                themes.Add(new BriefingList([.. Details(followed[recommendation], states[recommendation], text, input.Today).Select(d => new BriefingParagraph(d, []))]));
            }
            var others = inTheme.Count - acceptedHere.Count;
            if (others > 0) themes.Add(Paragraph(string.Format(CultureInfo.InvariantCulture, text.AlsoNoted, others)));
        }

        var gapCounts = accepted.SelectMany(r => GapsOf(followed[r], text, input.Today).Select(g => (Gap: g, Recommendation: r)))
            .GroupBy(x => x.Gap).OrderByDescending(g => g.Count()).ToList();
        var gaps = new List<BriefingBlock>();
        if (gapCounts.Count == 0) gaps.Add(Paragraph(text.NoGaps));
        else gaps.Add(new BriefingTable([text.Gap, text.Recommendations],
            [.. gapCounts.Select(g => new BriefingRow([g.Key, g.Count().ToString(CultureInfo.InvariantCulture)], []))]));
        gaps.AddRange(Narrative(narratives, Narratives.Conclusion, null));

        var cycle = string.Format(CultureInfo.InvariantCulture, text.Cycle, input.Cycle);
        return new Briefing(
            string.Format(CultureInfo.InvariantCulture, text.Title, input.Party.Name),
            text.Review, cycle, input.Today, vietnamese ? BriefingLanguage.Vi : BriefingLanguage.En, Sensitive: false, Redacted: false,
            [new BriefingSection((BriefingSectionId)1, text.Summary, summary),
             new BriefingSection((BriefingSectionId)2, text.ByTheme, themes),
             new BriefingSection((BriefingSectionId)3, text.Gaps, gaps)],
            []);
    }

    /// <summary>The themes (issue areas) the draft has a heading for: where an editor can write a paragraph.</summary>
    public static IReadOnlyList<string> Themes(Input input) =>
        [.. input.Recommendations.Where(r => r.ToPartyId == input.Party.Id && r.Cycle == input.Cycle && Accepted(r))
            .SelectMany(r => r.IssueAreas.Select(a => a.Name)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>What an editor wrote for a place in the draft, as paragraphs; the placeholder (if any) when nothing was written.</summary>
    internal static IEnumerable<BriefingBlock> Narrative(IReadOnlyDictionary<string, string> narratives, string slot, string? placeholder) =>
        narratives.TryGetValue(slot, out var written) ? Narratives.Paragraphs(written).Select(Paragraph)
        : placeholder is null ? [] : [Paragraph(placeholder)];

    private static bool Accepted(Recommendation r) => r.Response is RecommendationResponse.Accepted or RecommendationResponse.VoluntaryPledge;

    /// <summary>
    /// The assignments that follow a recommendation: made for it, for a commitment made in answer to it, or for the
    /// cluster of its party, issue area and (when given) cycle.
    /// </summary>
    public static IReadOnlyList<FollowUpAssignment> Covering(Recommendation r, IEnumerable<FollowUpAssignment> assignments) =>
        [.. assignments.Where(a => a.RecommendationId == r.Id
            || (a.Commitment?.RecommendationId is { } viaCommitment && viaCommitment == r.Id)
            || (a.IssueAreaId is { } area && a.PartyId == r.ToPartyId && r.IssueAreas.Any(i => i.Id == area) && (a.Cycle is null || a.Cycle == r.Cycle)))];

    internal static IEnumerable<string> Details(IReadOnlyList<FollowUpAssignment> assignments, ImplementationState state, MidTermText text, DateOnly today)
    {
        var illustrations = assignments.Where(a => a.Illustration).Select(a => a.Title).ToList();
        if (illustrations.Count > 0) yield return $"{text.Illustration}: {string.Join("; ", illustrations)}";
        yield return $"{text.State}: {text.Label(state)}";
        var lead = assignments.Select(a => a.LeadInstitution?.Name).OfType<string>().Distinct().ToList();
        var supporting = assignments.SelectMany(a => a.SupportingInstitutions).Select(i => i.Name).Distinct().Except(lead).ToList();
        if (lead.Count + supporting.Count > 0)
            yield return $"{text.Institutions}: {text.Lead} {string.Join(", ", lead)}" + (supporting.Count > 0 ? $"; {text.Supporting} {string.Join(", ", supporting)}" : "");
        foreach (var assignment in assignments)
        {
            foreach (var action in assignment.Actions.OrderBy(a => a.Number))
                yield return string.Format(CultureInfo.InvariantCulture, text.Action, action.Number) + $": {action.What}"
                    + (action.Who is { } who ? $" ({who})" : "")
                    + (action.TargetDate is { } target ? $"; {text.Target} {target:yyyy-MM-dd}" : "");
            foreach (var report in assignment.Reports.OrderBy(r => r.Date).ThenBy(r => r.Number))
            {
                var evidence = new[] { report.EvidenceSource, report.EvidenceLink }.OfType<string>().ToList();
                yield return string.Format(CultureInfo.InvariantCulture, text.Report, report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    + $": {report.Text}" + (report.Value is { } value ? $" ({value})" : "")
                    + $" — {text.Label(report.State)}{(report.Reviewed ? "" : " (" + text.NotReviewed + ")")}"
                    + (evidence.Count > 0 ? $"; {text.Evidence}: {string.Join(", ", evidence)}" : "");
            }
        }
        var gaps = GapsOf(assignments, text, today).ToList();
        if (gaps.Count > 0) yield return $"{text.Gaps}: {string.Join("; ", gaps)}";
    }

    /// <summary>What the follow-up of one accepted recommendation lacks.</summary>
    internal static IEnumerable<string> GapsOf(IReadOnlyList<FollowUpAssignment> assignments, MidTermText text, DateOnly today)
    {
        if (assignments.Count == 0)
        {
            yield return text.NoAssignment;
            yield break;
        }
        if (assignments.All(a => a.LeadInstitution is null && a.LeadInstitutionId is null)) yield return text.NoLead;
        if (assignments.All(a => a.Actions.Count == 0)) yield return text.NoAction;
        if (assignments.All(a => a.Indicators.Count == 0)) yield return text.NoIndicator;
        if (assignments.Any(a => ImplementationRule.HasSilentOverdueAction(a, today))) yield return text.SilentAction;
        if (!assignments.Any(a => a.Reports.Any(r => r.Reviewed))) yield return text.NoReviewedReport;
        if (assignments.Any(a => a.Reports.Any(r => r.EvidenceSource is null && r.EvidenceLink is null))) yield return text.NoEvidence;
    }

    private static BriefingParagraph Paragraph(string text) => new(text, []);
}
