using Parley.Analyses.Framing;
using Parley.Domain;

namespace Parley.Features.Briefings.Sections;

/// <summary>Section 8: reassurance points, terms to avoid with what to say instead, shared-goal framing, how to raise cases.</summary>
public static class WordingSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var language = context.Options.Language == BriefingLanguage.Vi ? "vi" : "en";
        foreach (var (category, heading) in new[]
                 {
                     (LexiconCategory.Reassurance, "Reassurance"),
                     (LexiconCategory.Confrontational, "Terms to avoid"),
                     (LexiconCategory.SharedGoal, "Shared goals"),
                     (LexiconCategory.PrivateRaising, "Raising cases"),
                 })
        {
            var entries = context.Input.Records.Lexicon
                .Where(l => l.Lexicon == LexiconKind.Framing && l.Category == category)
                // The briefing's own language first, then the other, so both sides' words are at hand.
                .OrderBy(l => l.Language == language ? 0 : 1).ThenBy(l => l.Term, StringComparer.Ordinal)
                .Select(l => new BriefingParagraph(Describe(context, l), context.Notes.For(l.Citations)) { About = BriefingFact.Of("lexicon", l.Key) })
                .ToList();
            if (entries.Count == 0) continue;
            yield return new BriefingSubheading(context.Label(heading));
            yield return new BriefingList(entries);
        }

        // The framing check of every draft statement attached to the round being prepared.
        var drafts = context.Input.Round is { } round
            ? context.Input.Records.Statements.Where(s => s.RoundId == round.Id && s.Kind == StatementKind.Draft).OrderBy(s => s.Key, StringComparer.Ordinal).ToList()
            : [];
        if (drafts.Count == 0) yield break;
        yield return new BriefingSubheading(context.Label("Draft statements"));
        foreach (var draft in drafts)
        {
            var check = FramingAnalysis.Analyze(draft.Text, context.Input.Records.Lexicon);
            yield return new BriefingParagraph(
                context.Say(
                    $"{draft.Title}: {(check.ReassurancePresent ? "reassurance present" : "NO reassurance")}; {check.Confrontational} confrontational term(s), {check.SharedGoals} shared-goal term(s).",
                    $"{draft.Title}: {(check.ReassurancePresent ? "có lời trấn an" : "KHÔNG có lời trấn an")}; {check.Confrontational} từ ngữ đối đầu, {check.SharedGoals} từ ngữ về mục tiêu chung."),
                context.Notes.For(draft.Citations)) { About = BriefingFact.Of("statements", draft.Key) };
            var findings = check.Findings.Where(f => f.Category == LexiconCategory.Confrontational)
                .Select(f => new BriefingParagraph($"“{f.Text}”{(f.Suggestion is { Length: > 0 } s ? $": {s}" : "")}", [])).ToList();
            if (findings.Count > 0) yield return new BriefingList(findings);
            // The analysis' advice is written in English; the Vietnamese edition keeps the verdict and the findings above.
            if (check.Advice.Count > 0 && !context.Vi) yield return new BriefingList(check.Advice.Select(a => new BriefingParagraph(a, [])).ToList());
        }
    }

    private static string Describe(BriefingContext context, LexiconEntry entry)
    {
        var text = $"“{entry.Term}” ({entry.Language})";
        if (entry.Why is { Length: > 0 } why) text += $": {why}";
        if (entry.Category == LexiconCategory.Confrontational && entry.Suggestion is { Length: > 0 } instead) text += $" {context.Label("Instead")}: {instead}";
        return text;
    }
}
