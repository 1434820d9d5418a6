using Parley.Analyses.Matching;
using Parley.Domain;

namespace Parley.Analyses.LegalClarity;

/// <summary>
/// Finds vague or over-broad wording in provisions with the legal-clarity lexicon and each provision's recorded
/// vague terms, counts the cases charged under each, and ranks them: score = (vague terms + 2 × over-broad terms)
/// × (1 + cases charged), because wording that has been used against people is the most urgent to clarify.
/// </summary>
public static class LegalClarityAnalysis
{
    private const int ContextChars = 60;

    public static LegalClarityResult Analyze(IReadOnlyList<Provision> provisions, IReadOnlyList<LexiconEntry> lexicon, IReadOnlyList<Case> cases,
        DateOnly? asOf = null)
    {
        var entries = lexicon.Where(e => e.Lexicon == LexiconKind.LegalClarity).ToList();
        var judged = provisions.Select(p => Judge(p, entries, cases, asOf)).ToList();
        var ranked = judged.OrderByDescending(p => p.Score).ThenByDescending(p => p.Terms.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select((p, i) => p with { Rank = i + 1 }).ToList();
        return new LegalClarityResult(ranked);
    }

    /// <summary>
    /// Judges the provision's own words (<see cref="ProvisionWording.InForce"/>: the text in force on the date, without the
    /// notes added on entry), so a term that only a note mentions is not reported as found in the law.
    /// </summary>
    public static ProvisionClarity Judge(Provision provision, IReadOnlyList<LexiconEntry> entries, IReadOnlyList<Case> cases, DateOnly? asOf = null)
    {
        var fields = new List<(string Name, FoldedText Text)>();
        if (!string.IsNullOrWhiteSpace(provision.Title)) fields.Add(("title", new FoldedText(provision.Title)));
        if (ProvisionWording.InForce(provision, asOf) is { Length: > 0 } wording) fields.Add(("text", new FoldedText(wording)));

        var found = new List<ClarityHit>();
        foreach (var (name, text) in fields)
        {
            var inField = new List<ClarityHit>();
            foreach (var entry in entries)
                inField.AddRange(TermFinder.Find(text, entry.Term, entry.Language).Select(m => Hit(entry.Term, entry, name, text, m)));
            foreach (var term in provision.VagueTerms.Where(t => !string.IsNullOrWhiteSpace(t)))
                inField.AddRange(TermFinder.Find(text, term).Select(m => Hit(term, EntryFor(term, entries), name, text, m)));
            found.AddRange(TermFinder.LongestFirst(inField, h => new TermMatch(h.Start!.Value, h.Length!.Value, h.Matched!)));
        }
        // A term recorded on the provision but absent from the text held (often a summary) is still a finding.
        foreach (var term in provision.VagueTerms.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct())
            if (!found.Any(h => FoldedText.Fold(h.Term) == FoldedText.Fold(term)))
            {
                var entry = EntryFor(term, entries);
                found.Add(new ClarityHit(term, entry?.Category ?? LexiconCategory.Vague, "recorded", null, null, null, null,
                    entry?.Why ?? "Recorded as vague on the provision.", entry?.Suggestion, entry?.Key));
            }

        var terms = found.GroupBy(h => FoldedText.Fold(h.Term)).Select(g => g.First()).ToList();
        var weight = terms.Sum(h => h.Category == LexiconCategory.OverBroad ? 2 : 1);
        var charged = cases.Where(c => c.Charges.Any(p => p.Id == provision.Id)).Select(c => c.PersonName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        return new ProvisionClarity(provision.Key, provision.Label, provision.Title, provision.Instrument?.Key ?? "", provision.Instrument?.Title ?? "",
            !string.IsNullOrWhiteSpace(provision.Text), found, terms.Select(t => t.Term).ToList(), charged.Count, charged, weight * (1 + charged.Count), 0);
    }

    private static LexiconEntry? EntryFor(string term, IReadOnlyList<LexiconEntry> entries) =>
        entries.FirstOrDefault(e => FoldedText.Fold(e.Term) == FoldedText.Fold(term));

    private static ClarityHit Hit(string term, LexiconEntry? entry, string field, FoldedText text, TermMatch m) =>
        new(entry?.Term ?? term, entry?.Category ?? LexiconCategory.Vague, field, m.Start, m.Length, m.Text, Context(text.Original, m),
            entry?.Why ?? "Recorded as vague on the provision.", entry?.Suggestion, entry?.Key);

    /// <summary>The match with up to 60 characters either side, marked with ellipses where cut.</summary>
    public static string Context(string original, TermMatch m)
    {
        var from = Math.Max(0, m.Start - ContextChars);
        var to = Math.Min(original.Length, m.Start + m.Length + ContextChars);
        return (from > 0 ? "…" : "") + original[from..to] + (to < original.Length ? "…" : "");
    }
}
