using Parley.Analyses.Matching;
using Parley.Domain;

namespace Parley.Analyses.Framing;

/// <summary>
/// Checks a draft statement against the framing lexicon: terms the counterpart reads as a push for regime change,
/// reassurance that its political system is respected, shared goals, and frank but private raising of cases.
/// </summary>
public static class FramingAnalysis
{
    public static FramingResult Analyze(string text, IReadOnlyList<LexiconEntry> lexicon)
    {
        var folded = new FoldedText(text);
        var candidates = lexicon.Where(e => e.Lexicon == LexiconKind.Framing)
            .SelectMany(e => TermFinder.Find(folded, e.Term, e.Language).Select(m => (Entry: e, Match: m)));
        var findings = TermFinder.LongestFirst(candidates, c => c.Match)
            .Select(c => new FramingFinding(c.Match.Start, c.Match.Length, c.Match.Text, c.Entry.Term, c.Entry.Language,
                c.Entry.Category, c.Entry.Why, c.Entry.Suggestion, c.Entry.Key))
            .ToList();

        var confrontational = findings.Count(f => f.Category == LexiconCategory.Confrontational);
        var reassurance = findings.Any(f => f.Category == LexiconCategory.Reassurance);
        var shared = findings.Count(f => f.Category == LexiconCategory.SharedGoal);
        var privateRaising = findings.Count(f => f.Category == LexiconCategory.PrivateRaising);
        var advice = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) advice.Add("The statement is empty: nothing to check.");
        else
        {
            if (confrontational > 0) advice.Add($"Reword {confrontational} confrontational term{(confrontational == 1 ? "" : "s")}: see the suggestions.");
            if (!reassurance) advice.Add("No reassurance found: state that the other side's political system is respected before raising concerns.");
            if (shared == 0) advice.Add("No shared goal found: tie the requests to trade and investment, regional stability or human development.");
            if (confrontational == 0 && reassurance && shared > 0) advice.Add("The framing follows the seeds: reassurance and shared goals, nothing confrontational.");
        }
        return new FramingResult(text.Length, findings, reassurance, confrontational, shared, privateRaising, advice);
    }
}
