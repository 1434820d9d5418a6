using System.Text.RegularExpressions;
using Parley.Domain;

namespace Parley.Analyses.LegalClarity;

/// <summary>
/// The words of a provision that the law itself says, without the notes a person entering the record added to them
/// ("(summary from …; full text not held)", "(English translation as quoted in …)"): a vague term counts only when the
/// law uses it, not when a note about the law does.
/// </summary>
public static partial class ProvisionWording
{
    /// <summary>
    /// The provision's text in force on <paramref name="asOf"/> with editorial notes removed. Versions of a provision are
    /// not recorded yet, so this is the one text held; a versioned store answers the question here, in one place.
    /// </summary>
    public static string? InForce(Provision provision, DateOnly? asOf = null) =>
        provision.Text is { } text ? WithoutNotes(text) : null;

    /// <summary>The text without parenthesised editorial notes and without sentences that report what a source says.</summary>
    public static string WithoutNotes(string text)
    {
        // Spans are reported in the text returned: it is left exactly as written unless a note is taken out.
        var kept = EditorialParenthesis().Replace(text, "");
        var sentences = SentenceSplit().Split(kept);
        if (sentences.Any(s => ReportedSpeech().IsMatch(s))) kept = string.Join(" ", sentences.Where(s => !ReportedSpeech().IsMatch(s)));
        return kept.Trim();
    }

    [GeneratedRegex(@"\s*\((?=[^()]*\b(summary|summarised|full text|translation|not held|not given|not seen|as quoted|official text)\b)[^()]*\)",
        RegexOptions.IgnoreCase)]
    private static partial Regex EditorialParenthesis();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceSplit();

    /// <summary>"The sources say …", "The report notes …": a sentence about the provision, not of it.</summary>
    [GeneratedRegex(@"^\s*(the|a|an|this|both)\s+(\w+\s+){0,3}(say|says|said|note|notes|argue|argues|report|reports|find|finds|call|calls)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex ReportedSpeech();
}
