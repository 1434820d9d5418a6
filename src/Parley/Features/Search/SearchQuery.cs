using Parley.Analyses.Matching;
namespace Parley.Features.Search;

/// <summary>
/// A parsed search: every term must match (words, prefixes written word*, phrases in double quotes), case and
/// diacritics ignored. Parsing is ours, not the engine's, so any text gives either terms that are safe to hand
/// to FTS5 or PostgreSQL, or a message saying what is wrong with the query.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchTerm> Terms)
{
    public const int MaxTerms = 16;

    public static bool TryParse(string? text, out SearchQuery query, out string? error)
    {
        query = new SearchQuery([]);
        error = null;
        text = text?.Trim() ?? "";
        if (text.Length == 0) { error = "type one or more words to search for"; return false; }
        var maxLength = InputLimits.Current.QueryLength;
        if (text.Length > maxLength) { error = $"the query is {text.Length:N0} characters long; at most {maxLength:N0} are allowed"; return false; }
        if (text.Count(c => c == '"') % 2 == 1) { error = "a phrase is missing its closing double quote (\")"; return false; }

        var terms = new List<SearchTerm>();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i % 2 == 1)
            {
                var words = SearchWords.Words(Folding.Fold(part)).Select(w => w.Word).ToList();
                if (words.Count == 0) { error = $"the phrase \"{part}\" holds no words to search for"; return false; }
                terms.Add(new SearchTerm(words, Prefix: part.TrimEnd().EndsWith('*')));
                continue;
            }
            foreach (var token in part.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                var prefix = token.EndsWith('*');
                if (token.TrimEnd('*').Contains('*')) { error = $"'{token}': * may only end a word (word*), to find words that start with it"; return false; }
                var words = SearchWords.Words(Folding.Fold(token)).Select(w => w.Word).ToList();
                if (words.Count == 0)
                {
                    if (prefix) { error = $"'{token}': put at least one letter before *"; return false; }
                    continue;
                }
                // "labour-rights" is indexed as the two words in a row, so it is searched as that phrase.
                terms.Add(new SearchTerm(words, prefix));
            }
        }
        if (terms.Count == 0) { error = "the query holds no words to search for (only punctuation)"; return false; }
        if (terms.Count > MaxTerms) { error = $"the query has {terms.Count} terms; use at most {MaxTerms}"; return false; }
        query = new SearchQuery(terms);
        return true;
    }

    /// <summary>The FTS5 MATCH expression: every word quoted, so no word is ever read as an operator.</summary>
    public string ToFts5() => string.Join(" AND ", Terms.Select(t => $"\"{string.Join(' ', t.Words)}\"{(t.Prefix ? "*" : "")}"));

    /// <summary>The to_tsquery('simple', ...) expression; words hold only letters and digits, so none is an operator.</summary>
    public string ToTsQuery() => string.Join(" & ", Terms.Select(t =>
    {
        var words = t.Words.Select((w, i) => t.Prefix && i == t.Words.Count - 1 ? $"{w}:*" : w);
        return t.IsPhrase ? $"({string.Join(" <-> ", words)})" : words.Single();
    }));
}
