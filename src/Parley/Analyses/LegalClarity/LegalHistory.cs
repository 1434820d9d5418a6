using Parley.Analyses.Matching;
using Parley.Domain;

namespace Parley.Analyses.LegalClarity;

/// <summary>
/// Legal clarity asked "as of" a date: keeps the provisions in force on it (each old article read through the version
/// that carries it on), counts a case charged under an earlier version against the version in force, and says which
/// vague terms each version added or dropped compared with the one it continues.
/// </summary>
public static class LegalHistory
{
    /// <summary>The provisions in force on <paramref name="date"/>, among those given (their successors must be loaded).</summary>
    public static IReadOnlyList<Provision> InForce(IEnumerable<Provision> provisions, DateOnly date) =>
        provisions.Where(p => LegalValidity.IsInForce(p, date)).ToList();

    /// <summary>
    /// Adds to each case's charges the provisions in force on <paramref name="date"/> that continue them, so a sentence
    /// under the 1999 Code's Article 88 counts against Article 117 of the 2015 Code. The cases are changed in place:
    /// pass copies read without tracking (a field-by-field copy here would drop every field added to cases later).
    /// </summary>
    public static void CarryCharges(IEnumerable<Case> cases, DateOnly date)
    {
        foreach (var c in cases)
            c.Charges = c.Charges.Concat(c.Charges.Select(p => LegalValidity.InForceVersion(p, date)).OfType<Provision>())
                .DistinctBy(p => p.Id).ToList();
    }

    /// <summary>
    /// For every provision given, the terms it added or dropped against each provision it directly continues. Only
    /// versions that both show terms are compared: a version with none is usually a summary whose wording is not held,
    /// and reading it as "the term was added" would state what the record does not know.
    /// </summary>
    public static IReadOnlyList<TermChange> TermChanges(IReadOnlyList<Provision> provisions, IReadOnlyList<Provision> all, IReadOnlyList<LexiconEntry> lexicon)
    {
        var entries = lexicon.Where(e => e.Lexicon == LexiconKind.LegalClarity).ToList();
        var changes = new List<TermChange>();
        foreach (var provision in provisions)
        {
            var terms = TermsOf(provision, entries);
            if (terms.Count == 0) continue;
            foreach (var predecessor in all.Where(p => p.Successors.Any(s => s.Id == provision.Id)))
            {
                var before = TermsOf(predecessor, entries);
                if (before.Count == 0) continue;
                var since = (provision.InForceFrom?.Earliest) ?? LegalValidity.StartOf(provision.Instrument);
                var name = $"{predecessor.Label}, {predecessor.Instrument.Title}";
                changes.AddRange(terms.Where(t => !before.ContainsKey(t.Key))
                    .Select(t => new TermChange(provision.Key, provision.Label, t.Value, true, since, predecessor.Key, name)));
                changes.AddRange(before.Where(t => !terms.ContainsKey(t.Key))
                    .Select(t => new TermChange(provision.Key, provision.Label, t.Value, false, since, predecessor.Key, name)));
            }
        }
        return changes;
    }

    /// <summary>The vague terms the analysis finds in a provision, folded for comparison, as first spelled.</summary>
    private static Dictionary<string, string> TermsOf(Provision provision, IReadOnlyList<LexiconEntry> entries) =>
        LegalClarityAnalysis.Judge(provision, entries, []).Terms
            .GroupBy(t => FoldedText.Fold(t)).ToDictionary(g => g.Key, g => g.First());
}
