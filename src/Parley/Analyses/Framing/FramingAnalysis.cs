using Parley.Analyses.Matching;
using Parley.Domain;

namespace Parley.Analyses.Framing;

/// <summary>
/// Checks a draft statement against the framing lexicon (terms the counterpart reads as a push for regime change,
/// reassurance that its political system is respected, shared goals, frank but private raising of cases) by word
/// stems, syllables and proximity, reads negations as disavowals, and flags a public statement that names a person
/// whose case is recorded.
/// </summary>
public static class FramingAnalysis
{
    /// <summary>Statement kinds that are made in public; naming a case in one of them is flagged.</summary>
    public static readonly IReadOnlySet<StatementKind> PublicKinds = new HashSet<StatementKind>
    {
        StatementKind.PressRelease, StatementKind.Communique, StatementKind.JointStatement, StatementKind.Speech,
        StatementKind.Remark, StatementKind.Report,
    };

    public static FramingResult Analyze(string text, IReadOnlyList<LexiconEntry> lexicon, StatementKind? kind = null,
        IReadOnlyList<RecordedCase>? cases = null)
    {
        var words = WordTokens.Of(new FoldedText(text));
        var language = StatementLanguage.Of(words);
        var framing = lexicon.Where(e => e.Lexicon == LexiconKind.Framing).ToList();
        var candidates = framing
            .SelectMany(e => new TermPattern(e.Term, e.Language).Find(words).Select(m => (Entry: e, m.First, Match: Span(text, words, m))));
        var findings = TermFinder.LongestFirst(candidates, c => c.Match)
            // A mixed draft gets each rewording in the language of the sentence it is in.
            .Select(c => TermFinding(c.Entry, c.Match, Negation.Before(words, c.First),
                StatementLanguage.Of(words.Where(w => w.Sentence == words[c.First].Sentence).ToList()), framing))
            .ToList();
        var isPublic = kind is { } k && PublicKinds.Contains(k);
        foreach (var recorded in cases ?? [])
            foreach (var m in new TermPattern(recorded.PersonName, "vi").Find(words))
                findings.Add(CaseFinding(recorded, Span(text, words, m), kind, isPublic, language, framing));
        findings.Sort((a, b) => a.Start.CompareTo(b.Start));

        var confrontational = findings.Count(f => f.Category == LexiconCategory.Confrontational);
        var reassurance = findings.Any(f => f.Category == LexiconCategory.Reassurance);
        var shared = findings.Count(f => f.Category == LexiconCategory.SharedGoal);
        var privateRaising = findings.Count(f => f.Category == LexiconCategory.PrivateRaising && f.Kind == FindingKind.Term);
        var publicCases = findings.Count(f => f.Kind == FindingKind.PublicCase);
        var advice = new List<string>();
        var verdict = new List<string>();
        if (words.Count == 0)
        {
            advice.Add("The statement is empty: nothing to check.");
            verdict.Add("nothing to check");
        }
        else
        {
            if (confrontational > 0)
            {
                verdict.Add($"reword {Count(confrontational, "term")}");
                advice.Add($"Reword {confrontational} confrontational term{(confrontational == 1 ? "" : "s")}: see the suggestions.");
            }
            if (!reassurance)
            {
                verdict.Add("add reassurance");
                advice.Add("No reassurance found: state that the other side's political system is respected before raising concerns.");
            }
            if (publicCases > 0)
            {
                verdict.Add($"raise {Count(publicCases, "named case")} in the dialogue, not in public");
                advice.Add("A public statement names a person whose case is recorded: raise the case frankly in the dialogue and other meetings instead.");
            }
            if (findings.Any(f => f.Kind == FindingKind.NamedCase))
                advice.Add("The statement names a person whose case is recorded: if it will be made public, raise the case in the dialogue instead.");
            if (shared == 0) advice.Add("No shared goal found: tie the requests to trade and investment, regional stability or human development.");
            if (verdict.Count == 0)
            {
                verdict.Add("ready");
                if (shared > 0) advice.Add("The framing follows the sources: reassurance and shared goals, nothing confrontational.");
            }
        }
        return new FramingResult(text.Length, findings, reassurance, confrontational, shared, privateRaising, advice)
        {
            Verdict = string.Join("; ", verdict),
            Language = language,
            PublicCases = publicCases,
        };
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";

    private static TermMatch Span(string text, IReadOnlyList<WordToken> words, (int First, int Last) m)
    {
        var start = words[m.First].Start;
        var end = words[m.Last].Start + words[m.Last].Length;
        return new TermMatch(start, end - start, text[start..end]);
    }

    private static FramingFinding TermFinding(LexiconEntry entry, TermMatch match, bool negated, string language,
        IReadOnlyList<LexiconEntry> lexicon)
    {
        var local = LexiconCounterparts.In(entry, language, lexicon);
        var citations = Cite(entry);
        if (negated && entry.Category == LexiconCategory.Confrontational)
            return new FramingFinding(match.Start, match.Length, match.Text, entry.Term, entry.Language, LexiconCategory.Reassurance,
                $"Negated: saying what is not sought (“{match.Text}”) disavows it, which reassures rather than confronts. {entry.Why}".TrimEnd(),
                null, entry.Key) { Kind = FindingKind.Disavowal, Citations = citations };
        if (negated && entry.Category == LexiconCategory.Reassurance)
            return new FramingFinding(match.Start, match.Length, match.Text, entry.Term, entry.Language, LexiconCategory.Confrontational,
                $"Negated reassurance: “{match.Text}” says the opposite of what reassures. {entry.Why}".TrimEnd(),
                language == "vi" ? $"Khẳng định: “{(local ?? entry).Term.Replace(" … ", " ", StringComparison.Ordinal)}”."
                    : $"State it positively: “{(local ?? entry).Term.Replace(" … ", " ", StringComparison.Ordinal)}”.",
                entry.Key) { Kind = FindingKind.NegatedReassurance, Citations = citations };
        return new FramingFinding(match.Start, match.Length, match.Text, entry.Term, entry.Language, entry.Category, entry.Why,
            (local ?? entry).Suggestion ?? entry.Suggestion, entry.Key) { Citations = citations };
    }

    private static FramingFinding CaseFinding(RecordedCase recorded, TermMatch match, StatementKind? kind, bool isPublic,
        string language, IReadOnlyList<LexiconEntry> lexicon)
    {
        // The reason rests on the lexicon's advice on raising cases privately, so it is cited like any other finding.
        var advice = lexicon.Where(e => e.Category == LexiconCategory.PrivateRaising)
            .OrderBy(e => e.Key.EndsWith("raise-privately-" + language, StringComparison.Ordinal) ? 0 : e.Key.Contains("raise-privately") ? 1 : 2)
            .ThenBy(e => e.Language == language ? 0 : 1).ThenBy(e => e.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        var what = kind is { } k ? Words.Of(k).Replace('-', ' ') : "statement";
        var why = isPublic
            ? $"This {what} is public and names {recorded.PersonName}, whose case is recorded. Criticising publicly may do more harm "
              + "than good; raise the case frankly in the dialogue and other meetings instead."
            : $"Names {recorded.PersonName}, whose case is recorded. If this statement will be made public, raise the case in the dialogue instead.";
        var rewording = language == "vi"
            ? $"Bỏ tên {recorded.PersonName} khỏi tuyên bố công khai; nêu trường hợp này thẳng thắn trong đối thoại nhân quyền và các cuộc gặp song phương."
            : $"Leave {recorded.PersonName}'s name out of the public text; raise the case frankly in the human rights dialogue and other meetings.";
        return new FramingFinding(match.Start, match.Length, match.Text, recorded.PersonName, language, LexiconCategory.PrivateRaising, why,
            rewording, advice?.Key ?? "")
        { Kind = isPublic ? FindingKind.PublicCase : FindingKind.NamedCase, Citations = advice is null ? [] : Cite(advice) };
    }

    private static List<FramingCitation> Cite(LexiconEntry entry) =>
        entry.Citations.Where(c => c.Source is not null)
            .Select(c => new FramingCitation(c.Source.Title, c.Source.Publisher, c.Locator)).ToList();
}
