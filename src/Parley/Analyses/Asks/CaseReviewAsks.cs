using Parley.Analyses.Records;
using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>People of the addressed party still held (not released or acquitted), grouped by the provision they are charged under.</summary>
internal static class CaseReviewAsks
{
    public static IEnumerable<AskDraft> Propose(RecordSnapshot inputs, Party party, AskScope scope, AskWeights w)
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
            yield return new AskDraft($"cases:{(provision?.Key ?? $"area:{scope.Tree[areaId].Key}")}", AskKind.ReviewCases,
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
}
