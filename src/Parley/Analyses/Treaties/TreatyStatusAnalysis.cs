using Parley.Analyses.Matching;
using Parley.Domain;

namespace Parley.Analyses.Treaties;

/// <summary>
/// Where a party stands with each treaty on a date, and which recommendations asked it to join: a recommendation asks
/// for a treaty when its text has a verb of joining (ratify, accede, sign, join, become party) and names the treaty by
/// its title or one of its other names, as whole words, ignoring case and diacritics. Where names overlap the longest
/// wins, so "the Optional Protocol to the Convention against Torture" is the protocol, not the Convention.
/// </summary>
public static class TreatyStatusAnalysis
{
    /// <summary>Folded stems of the verbs by which a recommendation asks a state to join a treaty.</summary>
    private static readonly string[] JoiningWords = ["ratif", "accede", "accession", "adhere", "sign", "join", "become a party", "becoming a party", "become party"];

    /// <summary>
    /// One word of each joining phrase, lower-cased: a text with a joining phrase contains at least one of them, so a
    /// store can narrow a large set of recommendations with a plain substring test before the analysis reads them.
    /// </summary>
    public static IReadOnlyList<string> JoiningPieces { get; } =
        JoiningWords.Select(w => w.Split(' ').MaxBy(piece => piece.Length)!).Distinct().ToList();

    public static TreatyStatusResult Analyze(Party party, IReadOnlyList<LegalInstrument> treaties, IReadOnlyList<TreatyStatus> statuses,
        IReadOnlyList<Recommendation> recommendations, DateOnly asOf)
    {
        var joining = recommendations
            .Where(r => r.ToPartyId == party.Id || r.ToParty?.Key == party.Key)
            .Select(r => (Recommendation: r, Text: new FoldedText(r.Text)))
            .Where(r => JoiningWords.Any(w => r.Text.Folded.Contains(w, StringComparison.Ordinal)))
            .ToList();
        var known = treaties.Where(t => t.Kind == InstrumentKind.Treaty).ToList();
        var named = joining.SelectMany(r => TreatiesNamed(r.Text, known).Select(t => (Treaty: t, r.Recommendation))).ToLookup(x => x.Treaty.Id, x => x.Recommendation);
        var standings = known
            .Select(t => Standing(t, statuses.FirstOrDefault(s => s.TreatyId == t.Id && s.PartyId == party.Id), named[t.Id], asOf))
            .OrderBy(s => s.Treaty, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new TreatyStatusResult(party.Key, party.Name, asOf, standings);
    }

    private static TreatyStanding Standing(LegalInstrument treaty, TreatyStatus? status, IEnumerable<Recommendation> asking, DateOnly asOf)
    {
        // A step counts once it has surely happened: ratified "2015" is not yet ratified on 1 January 2015.
        var signed = status?.Signed is { } s && s.Latest <= asOf ? s : (PartialDate?)null;
        var bound = status?.Bound is { } b && b.Latest <= asOf ? b : (PartialDate?)null;
        var participation = bound is not null ? status!.Participation
            : signed is not null ? TreatyParticipation.Signed
            : TreatyParticipation.NotParty;
        var asks = asking
            .Select(r => Ask(r, bound))
            .OrderBy(a => a.Made?.ToString() ?? "9999", StringComparer.Ordinal).ThenBy(a => a.RecommendationKey, StringComparer.Ordinal)
            .ToList();
        return new TreatyStanding(treaty.Key, treaty.Title, treaty.Aliases, participation, signed, bound,
            status?.InForce is { } f && f.Latest <= asOf ? f : null, status?.Reservations, status?.Key, asks);
    }

    /// <summary>The treaties a text names, the longest name winning where two overlap.</summary>
    private static IEnumerable<LegalInstrument> TreatiesNamed(FoldedText text, IReadOnlyList<LegalInstrument> treaties)
    {
        var found = new List<(LegalInstrument Treaty, TermMatch Match)>();
        foreach (var treaty in treaties)
            foreach (var name in treaty.Aliases.Prepend(treaty.Title).Where(n => !string.IsNullOrWhiteSpace(n)))
                if (text.Folded.Contains(FoldedText.Fold(name), StringComparison.Ordinal))
                    found.AddRange(TermFinder.Find(text, name, language: "names").Select(m => (treaty, m)));
        return TermFinder.LongestFirst(found, f => f.Match).Select(f => f.Treaty).DistinctBy(t => t.Id);
    }

    private static RatificationAsk Ask(Recommendation r, PartialDate? bound) =>
        new(r.Key, r.Text, r.FromParty?.Name, r.Date ?? r.Round?.Date, r.Response, bound is not null);
}
