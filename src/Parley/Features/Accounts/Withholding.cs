using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Parley.Analyses.Matching;

namespace Parley.Features.Accounts;

/// <summary>
/// Turns text, and anything holding text, into what a reader without case access may see: every case name, current
/// or former (<see cref="CaseNames"/>), in any spelling (<see cref="FoldedText.Letters"/>: case, diacritics, đ,
/// hyphens, spaces and zero-width characters do not matter) is replaced by <see cref="Withheld"/>. The one place that
/// does it: pages, API answers, search, analyses, briefings and downloads reach such a reader through
/// <see cref="ReaderView"/>, which hands them this (or <see cref="None"/> for a reader who sees cases).
/// </summary>
public sealed class Withholding
{
    public const string Withheld = "[name withheld]";

    private readonly NameMatcher _names;

    public Withholding(NameMatcher foldedNames) => _names = foldedNames;

    private Withholding(NameMatcher foldedNames, bool showsCases) : this(foldedNames) => ShowsCases = showsCases;

    /// <summary>True for a reader who may read case records themselves (and so sees every name).</summary>
    public bool ShowsCases { get; }

    /// <summary>Withholds the names given (as written): a briefing's redacted edition.</summary>
    public static Withholding Of(IEnumerable<string> names) => new(new NameMatcher(names.Select(FoldedText.FoldName)));

    /// <summary>For a reader who sees cases: everything as it is.</summary>
    public static readonly Withholding None = new(new NameMatcher([]), showsCases: true);

    /// <summary>True when nothing is withheld (a reader with case access, or a store without cases).</summary>
    public bool IsNone => _names.Count == 0;

    /// <summary>The text with each name found replaced by <see cref="Withheld"/> where it was written.</summary>
    public string Text(string text)
    {
        if (IsNone || text.Length == 0) return text;
        // Stored change snapshots are JSON, which may write letters as \u escapes: their values are withheld one by one.
        if (text[0] is '{' or '[' && LooksLikeJson(text) is { } json) return WithinJson(json) is var withheld && withheld == text ? text : withheld;
        var folded = FoldedText.Letters(text);
        var found = _names.Find(folded.Folded);
        if (found.Count == 0) return text;
        var spans = found.Select(f => folded.OriginalSpan(f.Start, f.Length)).Select(s => (s.Start, End: s.Start + s.Length)).OrderBy(s => s.Start);
        var result = new StringBuilder();
        var position = 0;
        foreach (var (start, end) in spans)
        {
            if (start < position) { position = Math.Max(position, end); continue; }
            result.Append(text, position, start - position).Append(Withheld);
            position = end;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Whether the text names anyone withheld (in any spelling).</summary>
    public bool Names(string text) => !IsNone && _names.Find(FoldedText.Letters(text).Folded).Count > 0;

    /// <summary>
    /// A copy of <paramref name="value"/> (a record, a page's results, an analysis, a briefing, a list of them) with
    /// every text in it withheld; the value itself when nothing in it names anyone. Record keys are left as they are.
    /// </summary>
    public T Apply<T>(T value) => IsNone ? value : (T)WithheldCopy.Of(value, this)!;

    /// <summary>A copy of a JSON tree with every string value withheld; property names stay.</summary>
    public JsonNode? Json(JsonNode? node)
    {
        if (IsNone || node is null) return node;
        var copy = node.DeepClone();
        Within(copy);
        return copy;
    }

    private static JsonNode? LooksLikeJson(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return null; }
    }

    private string WithinJson(JsonNode root)
    {
        Within(root);
        return root.ToJsonString(JsonWriting);
    }

    private static readonly JsonSerializerOptions JsonWriting = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Replaces, in place, every string value of a JSON tree by its withheld text; property names stay.</summary>
    private void Within(JsonNode? node)
    {
        switch (node)
        {
            // Only a text is replaced: a nested object or array is withheld where it is (putting it back would throw).
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    if (child is JsonValue v && v.TryGetValue<string>(out var text)) o[name] = Text(text);
                    else Within(child);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var text)) a[i] = Text(text);
                    else Within(a[i]);
                }
                break;
        }
    }
}
