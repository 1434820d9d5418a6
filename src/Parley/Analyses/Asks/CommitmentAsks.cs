using Parley.Analyses.Records;
using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>The addressed party's commitments that are overdue, stalled, or open with no deadline a year after they were made.</summary>
internal static class CommitmentAsks
{
    public static IEnumerable<AskDraft> Propose(RecordSnapshot inputs, Party party, IReadOnlyList<Institution> own, IReadOnlySet<int> delegation, AskScope scope,
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
            var owner = c.OwnerInstitution is { } o
                ? new AskInstitution(o.Key, o.Name, null, delegation.Contains(o.Id), "owns the commitment")
                : null;
            yield return new AskDraft($"commitment:{c.Key}", AskKind.DeliverCommitment, action, c.Title, areaId, [Power.Execute, Power.Propose], evidence,
                c.Indicator ?? $"“{c.Title}” recorded as fulfilled, with the step that fulfils it and its date",
                c.Verification ?? "A dated, published source for each step, checked at the next round",
                stronger, stronger == c.Instrument ? $"keep the {Words.Of(c.Instrument).Replace('-', ' ')} it rests on, with the missing parts added"
                    : $"a {Words.Of(stronger).Replace('-', ' ')}, stronger than the {(c.Instrument == BindingInstrument.None ? "no instrument" : Words.Of(c.Instrument).Replace('-', ' '))} it rests on")
            {
                Holder = owner, Mentions = [c.Title],
            };
        }
    }
}
