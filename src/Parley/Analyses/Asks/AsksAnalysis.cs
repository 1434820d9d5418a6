using System.Text.RegularExpressions;
using Parley.Analyses.Cascade;
using Parley.Analyses.IssueAreas;
using Parley.Analyses.LegalClarity;
using Parley.Analyses.Matching;
using Parley.Analyses.Risk;
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
    private sealed record Draft(string Key, AskKind Kind, string Action, string Subject, int AreaId, IReadOnlyList<Power> Powers,
        List<AskEvidence> Evidence, string Indicator, string Verification, BindingInstrument Instrument, string InstrumentWhy)
    {
        public AskInstitution? Holder { get; init; }
        public IReadOnlyList<AskInstitution> AlsoNeeded { get; init; } = [];
        public IReadOnlyList<string> Terms { get; init; } = [];
        public int Count { get; init; }
        public IReadOnlyList<string> Mentions { get; init; } = [];
        /// <summary>The holder set by the draft decides the ask itself (the head of delegation decides who attends).</summary>
        public bool HolderDecides { get; init; }
    }

    public static AsksResult Analyze(AskInputs inputs, AskRound round, AskWeights? weights = null)
    {
        var w = weights ?? AskWeights.Default;
        var tree = new IssueAreaTree(inputs.IssueAreas);
        var date = round.Date;
        var party = round.AddressedTo;
        var agenda = round.Round.Agenda.Select(a => a.IssueAreaId).Distinct().ToList();
        if (agenda.Count == 0) agenda = round.Channel.IssueAreas.Select(a => a.Id).ToList();
        var delegation = round.Round.Delegates.Select(d => d.InstitutionId).ToHashSet();
        var own = inputs.Institutions.Where(i => i.PartyId == party.Id).OrderBy(i => i.Key, StringComparer.Ordinal).ToList();
        var scope = new Scope(tree, agenda);
        var deadline = NextRound(round);

        var drafts = new List<Draft>();
        drafts.AddRange(Invitations(round, own, delegation, scope, w));
        drafts.AddRange(Clarifications(inputs, party, own, delegation, scope, date, w));
        drafts.AddRange(CaseReviews(inputs, party, scope, w));
        drafts.AddRange(CommitmentsDue(inputs, party, own, delegation, scope, date, w));
        drafts.AddRange(RecommendationsToImplement(inputs, party, scope, date, w));

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

    /// <summary>Institutions of the addressed party that hold a decision power on the agenda but have no seat: ask the head of its delegation to bring them.</summary>
    private static IEnumerable<Draft> Invitations(AskRound round, IReadOnlyList<Institution> own, IReadOnlySet<int> delegation, Scope scope, AskWeights w)
    {
        var head = round.Round.Delegates.Where(d => own.Any(i => i.Id == d.InstitutionId))
            .OrderBy(d => d.Role == DelegateRole.Head ? 0 : 1).Select(d => own.First(i => i.Id == d.InstitutionId)).FirstOrDefault();
        foreach (var institution in own.Where(i => !delegation.Contains(i.Id)))
        {
            var powers = institution.Powers.Where(p => p.Power != Power.Negotiate && (p.IssueAreaId is null || scope.Touches(p.IssueAreaId.Value))).ToList();
            if (powers.Count == 0) continue;
            var areaId = powers.Select(p => p.IssueAreaId).OfType<int>().Select(scope.Narrowest).FirstOrDefault(a => a is not null) ?? scope.Agenda[0];
            var evidence = powers.Select(p => new AskEvidence("power on record", institution.Key,
                $"{institution.Name} can {Words.Of(p.Power)} on {(p.IssueAreaId is { } a ? scope.Tree.Name(a) : "every issue area")} but has no seat in the delegation"
                + (p.Note is { Length: > 0 } n ? $" ({n.TrimEnd('.')})" : "") + ".",
                w.MissingPower, p.Source is { } s ? [new AskCitation(s.Id, s.Title, s.Publisher, p.Locator, s.Url)] : AskCitation.Of(institution.Citations))
            {
                Subject = institution.Name, Detail = p.IssueAreaId is { } area ? scope.Tree.Name(area) : "",
            }).ToList();
            var name = ShortName(institution.Name);
            yield return new Draft($"invite:{institution.Key}", AskKind.Invite, $"Include officials of the {institution.Name} in the delegation",
                institution.Name, areaId, [], evidence,
                $"The {name} is named in the delegation list of the next round",
                "The delegation list exchanged before the round and the readout after it", BindingInstrument.JointStatement,
                "a line in the round's joint statement or agreed minutes that the dialogue will include it")
            {
                Holder = head is null ? null : new AskInstitution(head.Key, head.Name, Power.Negotiate, true, $"heads the delegation of {round.AddressedTo.Name}: decides who attends"),
                HolderDecides = head is not null,
                Mentions = [name],
            };
        }
    }

    /// <summary>Provisions in force with vague or over-broad wording in their own text (or recorded on them from a source).</summary>
    private static IEnumerable<Draft> Clarifications(AskInputs inputs, Party party, IReadOnlyList<Institution> own, IReadOnlySet<int> delegation, Scope scope,
        DateOnly date, AskWeights w)
    {
        var inForce = inputs.Provisions.Where(p => p.Instrument is { } i && i.PartyId == party.Id && (i.Year is null || i.Year <= date.Year)
            && scope.Touches(p.IssueAreas)).ToList();
        var clarity = LegalClarityAnalysis.Analyze(inForce, inputs.Lexicon, inputs.Cases, date);
        foreach (var pc in clarity.Provisions.Where(p => p.Terms.Count > 0))
        {
            var provision = inForce.First(p => p.Key == pc.Key);
            var remedy = ClarityRemedies.For(provision, inputs.Institutions, inputs.Programmes, scope.Tree, date.Year);
            var citations = AskCitation.Of(provision.Citations);
            var evidence = new List<AskEvidence>
            {
                new("law in force", provision.Key, $"{pc.Label} of the {pc.Instrument} is in force{(provision.Instrument.Year is { } y ? $" (since {y})" : "")}.", 0, citations)
                {
                    Subject = $"{pc.Label}, {pc.Instrument}", Detail = provision.Instrument.Year?.ToString() ?? "",
                },
            };
            foreach (var term in pc.Terms)
            {
                var hit = pc.Hits.First(h => FoldedText.Fold(h.Term) == FoldedText.Fold(term));
                var where = hit.Field == "recorded" ? "a source names it as unclear" : $"it is in the provision's {hit.Field}";
                var supporting = citations.Where(c => c.Locator is { } l && FoldedText.Fold(l).Contains(FoldedText.Fold(term), StringComparison.Ordinal)).ToList();
                evidence.Add(new AskEvidence(hit.Category == LexiconCategory.OverBroad ? "over-broad term" : "vague term", provision.Key,
                    $"“{term}” in {pc.Label} is {(hit.Category == LexiconCategory.OverBroad ? "over-broad" : "vague")} ({where})"
                    + (hit.Why is { Length: > 0 } why ? $": {why.TrimEnd('.')}." : "."),
                    hit.Category == LexiconCategory.OverBroad ? w.OverBroadTerm : w.VagueTerm, supporting.Count > 0 ? supporting : citations)
                {
                    Subject = term, Detail = pc.Label,
                });
            }
            foreach (var c in inputs.Cases.Where(c => c.Charges.Any(p => p.Id == provision.Id)).OrderBy(c => c.PersonName, StringComparer.Ordinal))
                evidence.Add(new AskEvidence("case charged", c.Key, $"{c.PersonName}{(c.PersonRole is { } r ? $", {r}," : "")} was charged under {pc.Label}.",
                    w.CaseChargedUnderProvision, AskCitation.Of(c.Citations)) { NamesPerson = true, Subject = c.PersonName, Detail = pc.Label });
            var programmes = remedy.Programmes.Select(p => p.Name).ToList();
            var draftBy = remedy.Draft.Select(d => own.First(i => i.Id == d.Id));
            yield return new Draft($"clarify:{provision.Key}", AskKind.ClarifyProvision,
                $"Define {Quoted(pc.Terms)} in {pc.Label} of the {pc.Instrument} by an official interpretation or an amendment",
                $"{pc.Label} of the {pc.Instrument}", scope.Narrowest(provision.IssueAreas) ?? scope.Agenda[0], [Power.Approve], evidence,
                $"A published interpretation or amendment that defines {Quoted(pc.Terms)} in {pc.Label}",
                "The official gazette or the legislature's published resolutions; the new text recorded for the provision",
                BindingInstrument.Mou, programmes.Count > 0
                    ? $"an MOU on technical assistance (legal training, drafting help) through {Join(programmes)}"
                    : "an MOU on technical assistance (legal training, drafting help); no programme on record works here yet")
            {
                Holder = remedy.Clarify.OrderBy(c => delegation.Contains(c.Id) ? 0 : 1).Select(c => new AskInstitution(c.Key, c.Name, Power.Approve,
                    delegation.Contains(c.Id), $"{c.Why} ({pc.Label})")).FirstOrDefault(),
                AlsoNeeded = draftBy.Select(i => new AskInstitution(i.Key, i.Name, Power.Propose, delegation.Contains(i.Id), "can draft the change")).ToList(),
                Terms = pc.Terms, Count = pc.CasesCharged,
                Mentions = [.. pc.Terms, pc.Label],
            };
        }
    }

    /// <summary>People of the addressed party still held (not released or acquitted), grouped by the provision they are charged under.</summary>
    private static IEnumerable<Draft> CaseReviews(AskInputs inputs, Party party, Scope scope, AskWeights w)
    {
        var held = inputs.Cases.Where(c => (c.PartyId is null || c.PartyId == party.Id) && c.Status is not (CaseStatus.Released or CaseStatus.Acquitted)
            && scope.Touches(c.IssueAreas)).ToList();
        foreach (var group in held.GroupBy(c => c.Charges.OrderBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault()?.Key ?? "")
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var provision = group.First().Charges.FirstOrDefault(p => p.Key == group.Key);
            var people = group.OrderBy(c => c.PersonName, StringComparer.Ordinal).ToList();
            var areaId = scope.Narrowest(people.SelectMany(c => c.IssueAreas).Where(a => scope.Touches(a.Id))) ?? scope.Agenda[0];
            var under = provision is null ? $"held without a recorded charge in {scope.Tree.Name(areaId)}" : $"held under {provision.Label}{(provision.Instrument is { } i ? $" of the {i.Title}" : "")}";
            var evidence = people.Select(c => new AskEvidence("person held", c.Key,
                $"{c.PersonName}{(c.PersonRole is { } r ? $", {r}" : "")}: {Words.Of(c.Status)}{(c.Sentence is { Length: > 0 } s ? $", {s}" : "")}.",
                w.PersonHeld, AskCitation.Of(c.Citations)) { NamesPerson = true, Subject = c.PersonName, Detail = c.Sentence ?? "" }).ToList();
            yield return new Draft($"cases:{(provision?.Key ?? $"area:{scope.Tree[areaId].Key}")}", AskKind.ReviewCases,
                $"Review, and release, the {people.Count} {(people.Count == 1 ? "person" : "people")} {under}, with a written answer on each",
                provision?.Label ?? scope.Tree.Name(areaId), areaId, [Power.Execute], evidence,
                $"A written answer on each of the {people.Count} {(people.Count == 1 ? "person" : "people")}; how many are released or retried",
                "Case records updated from dated, published reports (releases, court decisions)", BindingInstrument.None,
                "none: raised frankly in the closed session and answered in writing, not in a public statement")
            {
                Count = people.Count,
                Mentions = provision is null ? ["prisoner", "detain", "malpractice"] : [provision.Label, "prisoner", "detain", "malpractice"],
            };
        }
    }

    /// <summary>The addressed party's commitments that are overdue, stalled, or open with no deadline a year after they were made.</summary>
    private static IEnumerable<Draft> CommitmentsDue(AskInputs inputs, Party party, IReadOnlyList<Institution> own, IReadOnlySet<int> delegation, Scope scope,
        DateOnly date, AskWeights w)
    {
        foreach (var c in inputs.Commitments.Where(c => c.PartyId == party.Id && scope.Touches(c.IssueAreas)).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var latest = CommitmentCurrentStatus.Ordered(c).LastOrDefault(h => h.Date is null || h.Date.Value.Earliest <= date);
            if (latest is null || CommitmentCurrentStatus.IsSettled(latest.Status) || latest.Status == CommitmentStatus.Proposed) continue;
            var made = CommitmentCurrentStatus.Ordered(c).Select(h => h.Date).FirstOrDefault(d => d is not null);
            string? why = null;
            double weight = 0;
            string action;
            if (c.Deadline is { } due && due.Latest < date)
                (why, weight, action) = ($"overdue: its deadline was {due}", w.OverdueCommitment, $"Complete “{c.Title}”, overdue since {due}");
            else if (latest.Status == CommitmentStatus.Stalled)
                (why, weight, action) = ("stalled", w.StalledCommitment, $"Restart “{c.Title}”: name an owner, the next step and its date");
            else if (c.Deadline is null && (made is null || made.Value.Earliest.AddYears(1) <= date))
                (why, weight, action) = ($"{Words.Of(latest.Status)} with no deadline{(made is { } m ? $" since {m}" : "")}", w.CommitmentWithoutDeadline,
                    $"Make “{c.Title}” concrete: an owner, steps, a deadline and an indicator");
            else continue;
            var evidence = new List<AskEvidence>
            {
                new("commitment " + (weight == w.OverdueCommitment ? "overdue" : weight == w.StalledCommitment ? "stalled" : "without deadline"), c.Key,
                    $"“{c.Title}” is {why}{(latest.Note is { Length: > 0 } n ? $"; last recorded: {n.TrimEnd('.')}" : "")}.", weight, AskCitation.Of(c.Citations))
                {
                    Subject = c.Title, Detail = latest.Date?.ToString() ?? "",
                },
            };
            var stronger = c.Instrument switch
            {
                BindingInstrument.None => BindingInstrument.JointStatement,
                BindingInstrument.JointStatement => BindingInstrument.Mou,
                BindingInstrument.Mou => BindingInstrument.Agreement,
                _ => c.Instrument,
            };
            var areaId = scope.Narrowest(c.IssueAreas) ?? scope.Agenda[0];
            AskInstitution? owner = c.OwnerInstitution is { } o
                ? new AskInstitution(o.Key, o.Name, null, delegation.Contains(o.Id), "owns the commitment")
                : null;
            yield return new Draft($"commitment:{c.Key}", AskKind.DeliverCommitment, action, c.Title, areaId, [Power.Execute, Power.Propose], evidence,
                c.Indicator ?? $"“{c.Title}” recorded as fulfilled, with the step that fulfils it and its date",
                c.Verification ?? "A dated, published source for each step, checked at the next round",
                stronger, stronger == c.Instrument ? $"keep the {Words.Of(c.Instrument).Replace('-', ' ')} it rests on, with the missing parts added"
                    : $"a {Words.Of(stronger).Replace('-', ' ')}, stronger than the {(c.Instrument == BindingInstrument.None ? "no instrument" : Words.Of(c.Instrument).Replace('-', ' '))} it rests on")
            {
                Holder = owner, Mentions = [c.Title],
            };
        }
    }

    /// <summary>Recommendations the addressed party accepted that no fulfilled commitment implements, one ask per issue area.</summary>
    private static IEnumerable<Draft> RecommendationsToImplement(AskInputs inputs, Party party, Scope scope, DateOnly date, AskWeights w)
    {
        var implemented = inputs.Commitments.Where(c => c.RecommendationId is not null && CommitmentCurrentStatus.Of(c) == CommitmentStatus.Fulfilled)
            .Select(c => c.RecommendationId!.Value).ToHashSet();
        var open = inputs.Recommendations.Where(r => r.ToPartyId == party.Id && r.Response == RecommendationResponse.Accepted && !implemented.Contains(r.Id)
            && (r.Date is null || r.Date.Value.Earliest <= date) && scope.Touches(r.IssueAreas)).ToList();
        foreach (var group in open.GroupBy(r => scope.Narrowest(r.IssueAreas) ?? scope.Agenda[0]).OrderBy(g => scope.Tree[g.Key].Key, StringComparer.Ordinal))
        {
            var list = group.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            var area = scope.Tree.Name(group.Key);
            var evidence = list.Select(r => new AskEvidence("accepted recommendation", r.Key,
                $"Accepted{(r.FromParty is { } f ? $" from {f.Name}" : "")}{(r.Mechanism is { } m ? $" ({m}{(r.Cycle is { } cy ? $", cycle {cy}" : "")})" : "")}, not implemented on record: “{r.Text}”",
                w.AcceptedRecommendation, AskCitation.Of(r.Citations)) { Subject = r.Text }).ToList();
            yield return new Draft($"recommendations:{scope.Tree[group.Key].Key}", AskKind.ImplementRecommendations,
                $"Adopt a plan, with an owner and dates, for the {list.Count} accepted recommendation{(list.Count == 1 ? "" : "s")} on {area} that nothing on record implements",
                area, group.Key, [Power.Execute, Power.Propose, Power.Approve], evidence,
                $"A published plan naming an owner and a date for each of the {list.Count}; how many are recorded as fulfilled",
                "The party's UPR mid-term report and the next round's readout, recorded against each recommendation", BindingInstrument.JointStatement,
                "the plan annexed to the round's joint statement makes the acceptance a dated promise")
            {
                Count = list.Count,
            };
        }
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

    private static AskLever? Lever(IssueArea area, AskInputs inputs, DateOnly date, IReadOnlyDictionary<string, Framework> frameworks)
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

    private static string ShortName(string name) => name.Split(" (")[0];

    private static string Quoted(IReadOnlyList<string> terms) => Join(terms.Select(t => $"“{t}”").ToList());

    private static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    /// <summary>The agenda's issue areas and what counts as touching them: the area itself, a narrower or a broader one.</summary>
    private sealed class Scope(IssueAreaTree tree, IReadOnlyList<int> agenda)
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
}
