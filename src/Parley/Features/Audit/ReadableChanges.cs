using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Features.Records;

namespace Parley.Features.Audit;

/// <summary>
/// An audit entry's values turned into what a person reads in a history: "Binding instrument: joint statement → law",
/// not JSON. Field names become words, enumeration members words, lists one line per item, a record's key its label
/// where the page knows it (the labels it passes: key → label), and text stays as typed (no \u escapes).
/// </summary>
public static partial class ReadableChanges
{
    /// <summary>Names whose words alone would not say what they hold.</summary>
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["Citations"] = "Sources cited",
        ["History"] = "Status history",
    };

    public static IReadOnlyList<ReadableChange> Of(string? before, string? after, IReadOnlyDictionary<string, string>? labels = null) =>
        Of(Parse(before), Parse(after), labels);

    public static IReadOnlyList<ReadableChange> Of(JsonElement? before, JsonElement? after, IReadOnlyDictionary<string, string>? labels = null)
    {
        var old = Fields(before, labels);
        var @new = Fields(after, labels);
        return old.Keys.Union(@new.Keys)
            .Select(name => new ReadableChange(FieldName(name), old.GetValueOrDefault(name), @new.GetValueOrDefault(name)))
            .Where(c => c.Before != c.After)
            .OrderBy(c => c.Field, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>"OwnerInstitution" → "Owner institution".</summary>
    public static string FieldName(string name) =>
        FieldNames.TryGetValue(name, out var known) ? known : Capitalised(Words(name));

    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    private static Dictionary<string, string?> Fields(JsonElement? values, IReadOnlyDictionary<string, string>? labels)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (values is not { ValueKind: JsonValueKind.Object } json) return fields;
        // The record's own key is its address, already in the page's URL; a history names fields a person edits.
        foreach (var property in json.EnumerateObject().Where(p => p.Name != "Key")) fields[property.Name] = Text(property.Value, labels);
        return fields;
    }

    private static string? Text(JsonElement value, IReadOnlyDictionary<string, string>? labels) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => Word(value.GetString()!, labels),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Array => value.GetArrayLength() == 0 ? null
            : string.Join(value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Object) ? "\n" : ", ",
                value.EnumerateArray().Select(v => Text(v, labels)).Where(t => t is not null)),
        JsonValueKind.Object => string.Join("; ", value.EnumerateObject()
            .Select(p => (p.Name, Text: Text(p.Value, labels))).Where(p => p.Text is not null).Select(p => $"{FieldName(p.Name)}: {p.Text}")) is { Length: > 0 } line ? line : null,
        _ => value.GetRawText(),
    };

    /// <summary>A record's key as its label when the page knows it; "JointStatement" (an enumeration member) as "joint statement".</summary>
    private static string Word(string text, IReadOnlyDictionary<string, string>? labels) =>
        labels is not null && labels.TryGetValue(text, out var label) ? label
        : EnumMember().IsMatch(text) ? EnumText.Of(text)
        : text;

    private static string Words(string name) => Capitals().Replace(name, " $1").Trim().ToLowerInvariant();

    private static string Capitalised(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Capitals();

    [GeneratedRegex("^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")]
    private static partial Regex EnumMember();
}
