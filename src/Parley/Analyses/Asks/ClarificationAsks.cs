using Parley.Analyses.LegalClarity;
using Parley.Analyses.Matching;
using Parley.Analyses.Records;
using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>Provisions in force with vague or over-broad wording in their own text (or recorded on them from a source).</summary>
internal static class ClarificationAsks
{
    public static IEnumerable<AskDraft> Propose(RecordSnapshot inputs, Party party, IReadOnlyList<Institution> own, IReadOnlySet<int> delegation, AskScope scope,
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
            yield return new AskDraft($"clarify:{provision.Key}", AskKind.ClarifyProvision,
                $"Define {AskPhrasing.Quoted(pc.Terms)} in {pc.Label} of the {pc.Instrument} by an official interpretation or an amendment",
                $"{pc.Label} of the {pc.Instrument}", scope.Narrowest(provision.IssueAreas) ?? scope.Agenda[0], [Power.Approve], evidence,
                $"A published interpretation or amendment that defines {AskPhrasing.Quoted(pc.Terms)} in {pc.Label}",
                "The official gazette or the legislature's published resolutions; the new text recorded for the provision",
                BindingInstrument.Mou, programmes.Count > 0
                    ? $"an MOU on technical assistance (legal training, drafting help) through {AskPhrasing.Join(programmes)}"
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
}
