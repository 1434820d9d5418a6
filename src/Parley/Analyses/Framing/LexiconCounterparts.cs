using Parley.Domain;

namespace Parley.Analyses.Framing;

/// <summary>
/// Pairs each framing entry with its counterpart in the other language by key ("framing-condemn-en" and
/// "framing-condemn-vi"), so a finding's rewording can be given in the statement's language, and a missing
/// counterpart can be listed.
/// </summary>
public static class LexiconCounterparts
{
    public static readonly string[] Languages = ["en", "vi"];

    /// <summary>The key the entry's counterpart in <paramref name="language"/> has, or null if the key names no language.</summary>
    public static string? KeyIn(string key, string language)
    {
        foreach (var l in Languages)
            if (key.EndsWith("-" + l, StringComparison.Ordinal)) return key[..^l.Length] + language;
        return null;
    }

    /// <summary>Framing entries (keyed by language) whose counterpart in the other language is missing from <paramref name="lexicon"/>.</summary>
    public static IReadOnlyList<LexiconEntry> Missing(IReadOnlyList<LexiconEntry> lexicon)
    {
        var keys = lexicon.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        // Spelling variants ("…-vi-alt") stand beside a paired entry and need no counterpart of their own.
        return lexicon.Where(e => e.Lexicon == LexiconKind.Framing && e.Key.EndsWith("-" + e.Language, StringComparison.Ordinal))
            .Where(e => Languages.Where(l => l != e.Language).Any(l => !keys.Contains(KeyIn(e.Key, l)!)))
            .ToList();
    }

    public static LexiconEntry? In(LexiconEntry entry, string language, IReadOnlyList<LexiconEntry> lexicon) =>
        entry.Language == language ? entry
        : KeyIn(entry.Key, language) is { } key ? lexicon.FirstOrDefault(e => e.Key == key)
        : null;
}
