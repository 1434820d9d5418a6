using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>Institutions of the addressed party that hold a decision power on the agenda but have no seat: ask the head of its delegation to bring them.</summary>
internal static class InvitationAsks
{
    public static IEnumerable<AskDraft> Propose(AskRound round, IReadOnlyList<Institution> own, IReadOnlySet<int> delegation, AskScope scope, AskWeights w)
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
            var name = AskPhrasing.ShortName(institution.Name);
            yield return new AskDraft($"invite:{institution.Key}", AskKind.Invite, $"Include officials of the {institution.Name} in the delegation",
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
}
