using System.Text.RegularExpressions;
using Parley.Analyses.Cascade;
using Parley.Analyses.IssueAreas;
using Parley.Analyses.Matching;
using Parley.Analyses.Risk;
using Parley.Analyses.Records;
using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>
/// Proposes the asks for a round being prepared, from the records only. Candidates come from five kinds of evidence in
/// the agenda's issue areas (or broader and narrower ones): institutions that hold a power there but are not in the
/// delegation; vague provisions in force; people still held; commitments overdue, stalled or without a deadline; and
/// accepted recommendations nothing implements. Each is addressed to the institution whose stored power lets it act,
/// given the next round as deadline, a lever (Cascade's leverage as of the date), its area's risk (Risk), and ranked
/// by a score whose parts are shown (<see cref="AskWeights"/>).
/// </summary>
public static partial class AsksAnalysis
{
    public static AsksResult Analyze(RecordSnapshot inputs, AskRound round, AskWeights? weights = null)
    {
        var w = weights ?? AskWeights.Default;
        var tree = new IssueAreaTree(inputs.IssueAreas);
        var date = round.Date;
        var party = round.AddressedTo;
        var agenda = round.Round.Agenda.Select(a => a.IssueAreaId).Distinct().ToList();
        if (agenda.Count == 0) agenda = round.Channel.IssueAreas.Select(a => a.Id).ToList();
        var delegation = round.Round.Delegates.Select(d => d.InstitutionId).ToHashSet();
        var own = inputs.Institutions.Where(i => i.PartyId == party.Id).OrderBy(i => i.Key, StringComparer.Ordinal).ToList();
        var scope = new AskScope(tree, agenda);
        var deadline = NextRound(round);

        var drafts = new List<AskDraft>();
        drafts.AddRange(InvitationAsks.Propose(round, own, delegation, scope, w));
        drafts.AddRange(ClarificationAsks.Propose(inputs, party, own, delegation, scope, date, w));
        drafts.AddRange(CaseReviewAsks.Propose(inputs, party, scope, w));
        drafts.AddRange(CommitmentAsks.Propose(inputs, party, own, delegation, scope, date, w));
        drafts.AddRange(RecommendationAsks.Propose(inputs, party, scope, date, w));

        var advice = inputs.Recommendations.Where(r => r.ToPartyId != party.Id && scope.Touches(r.IssueAreas)
            && (r.Date is null || r.Date.Value.Earliest <= date)).ToList();
        var risk = RiskAnalysis.Analyze(inputs.Cases, inputs.Assessments, inputs.IssueAreas, date.Year,
            new RiskInputs(inputs.Instruments, inputs.Commitments, inputs.Programmes));
        var riskByKey = risk.Areas.ToDictionary(a => a.IssueAreaKey);
        var frameworks = inputs.Frameworks.ToDictionary(f => f.Key);

        var asks = new List<Ask>();
        foreach (var d in drafts)
        {
            var area = tree[d.AreaId];
            var evidence = d.Evidence.ToList();
            foreach (var r in advice.Where(r => Mentions(r.Text, d.Mentions)).OrderBy(r => r.Key, StringComparer.Ordinal))
                evidence.Add(new AskEvidence("advice", r.Key, $"Recommended{(r.FromParty is { } f ? $" by {f.Name}" : r.Mechanism is { } m ? $" ({m})" : "")}: “{r.Text}”",
                    w.Advice, AskCitation.Of(r.Citations)) { Subject = r.Text });
            var holder = d.Holder ?? Holder(own, delegation, d.Powers, d.AreaId, tree);
            var lever = Lever(area, inputs, date, frameworks);
            var areaRisk = riskByKey.GetValueOrDefault(area.Key);
            var feasibility = Feasibility(holder, d.HolderDecides, own, delegation, d.AreaId, tree, w);
            var evidencePart = Math.Min(1, evidence.Sum(e => e.Weight) / w.EvidenceSaturation);
            var leverPart = lever is null ? 0 : lever.InForce ? w.LeverInForce : w.LeverPending;
            var riskPart = w.LowRiskOf(areaRisk?.Level);
            var total = 100 * (w.EvidenceShare * evidencePart + w.LeverageShare * leverPart + w.LowRiskShare * riskPart + w.FeasibilityShare * feasibility);
            asks.Add(new Ask(d.Key, d.Kind, d.Action, d.Subject, area.Key, area.Name, holder, d.AlsoNeeded, deadline, d.Indicator, d.Verification,
                d.Instrument, d.InstrumentWhy, lever, areaRisk?.Level, areaRisk?.Basis ?? "nothing on record in this area",
                evidence, new AskScore(Math.Round(total, 1), Math.Round(evidencePart, 2), leverPart, riskPart, feasibility))
            {
                Terms = d.Terms, Count = d.Count,
            });
        }
        var ranked = asks.OrderByDescending(a => a.Score.Total).ThenBy(a => a.Kind).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select((a, i) => a with { Rank = i + 1 }).ToList();
        return new AsksResult(round.Channel.Key, round.Channel.Name, round.Round.Key, round.Round.Title, date, party.Name, ranked, w);
    }

    /// <summary>The institution whose power on the area lets it act, the first power in order that has a holder; one at the table preferred.</summary>
    private static AskInstitution Holder(IReadOnlyList<Institution> own, IReadOnlySet<int> delegation, IReadOnlyList<Power> powers, int areaId, IssueAreaTree tree)
    {
        foreach (var power in powers)
        {
            var holders = own.Where(i => i.Powers.Any(p => p.Power == power && tree.Covers(p.IssueAreaId, areaId)))
                .OrderBy(i => delegation.Contains(i.Id) ? 0 : 1).ThenBy(i => i.Key, StringComparer.Ordinal).ToList();
            if (holders.Count > 0)
                return new AskInstitution(holders[0].Key, holders[0].Name, power, delegation.Contains(holders[0].Id),
                    $"can {Words.Of(power)} on {tree.Name(areaId)} (power on record)");
        }
        var negotiator = own.FirstOrDefault(i => delegation.Contains(i.Id));
        return negotiator is null
            ? new AskInstitution("", "no institution on record", null, false, "no institution on record holds a power to act here")
            : new AskInstitution(negotiator.Key, negotiator.Name, Power.Negotiate, true, "no holder of a power to act is on record; the delegation can carry the ask");
    }

    /// <summary>
    /// Full when the institution that decides is at the table; half when it is not but a delegate of its party negotiates
    /// on the area and can carry the ask to it; a quarter otherwise, or when no holder of a power to act is on record.
    /// </summary>
    private static double Feasibility(AskInstitution holder, bool holderDecides, IReadOnlyList<Institution> own, IReadOnlySet<int> delegation, int areaId,
        IssueAreaTree tree, AskWeights w)
    {
        if (holder.Key.Length == 0 || (holder.Power == Power.Negotiate && !holderDecides)) return w.NobodyAtTable;
        if (holder.AtTable) return w.HolderAtTable;
        var carrier = own.Any(i => delegation.Contains(i.Id) && i.Powers.Any(p => p.Power == Power.Negotiate && tree.Covers(p.IssueAreaId, areaId)));
        return carrier ? w.CarriedByNegotiator : w.NobodyAtTable;
    }

    private static AskLever? Lever(IssueArea area, RecordSnapshot inputs, DateOnly date, IReadOnlyDictionary<string, Framework> frameworks)
    {
        var leverage = LeverageAnalysis.Analyze(area, inputs.Frameworks, inputs.Commitments, inputs.IssueAreas, inputs.Parties, date);
        var lever = leverage.InForce.FirstOrDefault() ?? leverage.Pending.FirstOrDefault();
        return lever is null ? null : new AskLever(lever.Key, lever.Name, lever.Stage, lever.Status, lever.Reach, lever.Note,
            AskCitation.Of(frameworks[lever.Key].Citations));
    }

    /// <summary>By the next round: the round's date plus the median gap between the channel's dated rounds (a year when unknown), kept within 6–24 months.</summary>
    private static AskDeadline NextRound(AskRound round)
    {
        var start = round.Round.Date?.Earliest is { } d && d >= round.Date ? d : round.Date;
        var dates = round.ChannelRounds.Where(r => r.Status == RoundStatus.Held && r.Date is not null).Select(r => r.Date!.Value.Earliest).Order().ToList();
        var gaps = dates.Zip(dates.Skip(1), (a, b) => b.DayNumber - a.DayNumber).Order().ToList();
        var days = gaps.Count == 0 ? 365 : Math.Clamp(gaps[gaps.Count / 2], 183, 730);
        var next = start.AddDays(days);
        return new AskDeadline(next, true, gaps.Count == 0
            ? $"by the next round, expected about {next:yyyy-MM} (a year, as no spacing between rounds is on record)"
            : $"by the next round, expected about {next:yyyy-MM} (the median gap between the channel's {dates.Count} dated rounds is {Math.Round(days / 30.4)} months)");
    }

    private static bool Mentions(string text, IReadOnlyList<string> words)
    {
        var folded = FoldedText.Fold(text);
        foreach (var word in words.Where(x => x.Length > 2))
        {
            if (ArticleNumber().Match(word) is { Success: true } m)
            {
                if (folded.Contains("article", StringComparison.Ordinal) && Regex.IsMatch(folded, $@"\b{m.Groups[1].Value}\b")) return true;
            }
            else if (folded.Contains(FoldedText.Fold(word), StringComparison.Ordinal)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^Article\s+(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleNumber();
}
