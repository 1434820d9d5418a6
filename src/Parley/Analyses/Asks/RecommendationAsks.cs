using Parley.Analyses.Records;
using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>Recommendations the addressed party accepted that no fulfilled commitment implements, one ask per issue area.</summary>
internal static class RecommendationAsks
{
    public static IEnumerable<AskDraft> Propose(RecordSnapshot inputs, Party party, AskScope scope, DateOnly date, AskWeights w)
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
            yield return new AskDraft($"recommendations:{scope.Tree[group.Key].Key}", AskKind.ImplementRecommendations,
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
}
