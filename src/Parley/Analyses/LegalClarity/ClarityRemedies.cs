using Parley.Analyses.IssueAreas;
using Parley.Domain;

namespace Parley.Analyses.LegalClarity;

/// <summary>
/// Links a vague provision to those who could act on it, from stored powers and programmes only:
/// clarify: institutions of the instrument's party with the power to approve on one of the provision's areas (or on
/// every area), and the instrument's issuer; draft: those with the power to propose there; help: programmes working on
/// one of the provision's areas or a broader one, or whose name or topics are about law (legal training, drafting,
/// judicial work), running on the date.
/// </summary>
public static class ClarityRemedies
{
    private static readonly string[] LegalWords = ["legal", "law", "drafting", "judicial", "judge", "court", "rule of law", "legislat"];

    public static ClarityRemedy For(Provision provision, IReadOnlyList<Institution> institutions, IReadOnlyList<Programme> programmes,
        IssueAreaTree tree, int year)
    {
        var partyId = provision.Instrument?.PartyId;
        var own = institutions.Where(i => partyId is null || i.PartyId == partyId).ToList();
        var areas = provision.IssueAreas.Select(a => a.Id).ToList();
        bool Holds(Institution i, Power power) => i.Powers.Any(p => p.Power == power && (areas.Count == 0 ? p.IssueAreaId is null : areas.Any(a => tree.Covers(p.IssueAreaId, a))));

        var clarify = own.Where(i => Holds(i, Power.Approve))
            .Select(i => new ClarityActor(i.Id, i.Key, i.Name, "approves law here: can adopt an authoritative interpretation or an amendment")).ToList();
        if (provision.Instrument?.IssuerId is { } issuer && clarify.All(c => c.Id != issuer) && institutions.FirstOrDefault(i => i.Id == issuer) is { } issuing)
            clarify.Add(new ClarityActor(issuing.Id, issuing.Key, issuing.Name, "issued the instrument: can amend or explain it"));
        var draft = own.Where(i => Holds(i, Power.Propose))
            .Select(i => new ClarityActor(i.Id, i.Key, i.Name, "proposes law here: can draft the change")).ToList();

        var help = new List<ClarityProgramme>();
        foreach (var p in programmes.Where(p => (p.StartYear is null || p.StartYear <= year) && (p.EndYear is null || p.EndYear >= year)))
        {
            var onArea = p.IssueAreas.Any(pa => areas.Any(a => tree.Covers(pa.Id, a)));
            var onLaw = LegalWords.Any(w => p.Name.Contains(w, StringComparison.OrdinalIgnoreCase)
                || p.Topics.Any(t => t.Contains(w, StringComparison.OrdinalIgnoreCase)));
            if (!onArea && !onLaw) continue;
            var partners = new[] { p.Implementer?.Name, p.Funder?.Name }.Concat(p.Partners.Select(x => x.Name))
                .Append(p.PartnerDescription).OfType<string>().Where(n => n.Length > 0).Distinct().ToList();
            help.Add(new ClarityProgramme(p.Key, p.Name, partners,
                onArea ? "works on this provision's area" : "works on law and legal training (topics: " + string.Join(", ", p.Topics) + ")"));
        }
        return new ClarityRemedy(
            clarify.OrderBy(c => c.Key, StringComparer.Ordinal).ToList(),
            draft.OrderBy(c => c.Key, StringComparer.Ordinal).ToList(),
            help.OrderBy(h => h.Key, StringComparer.Ordinal).ToList());
    }
}
