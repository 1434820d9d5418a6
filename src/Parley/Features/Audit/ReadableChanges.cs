using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Parley.Features.Records;
using Parley.Features.Records.Fields;
using Parley.Web;
using Parley.Web.Localization;

namespace Parley.Features.Audit;

/// <summary>
/// An audit entry's values turned into what a person reads in a history: "Binding instrument: joint statement → law",
/// not JSON. Field names become the kind's labels (or words), enumeration members words, lists one line per item, a
/// record's key its label where the page knows it (the labels it passes: key → label), and text stays as typed (no \u
/// escapes). Given the reader's language, labels and members are in it; without, in English.
/// </summary>
public static partial class ReadableChanges
{
    /// <summary>Names whose words alone would not say what they hold, for a kind without such a field.</summary>
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["Citations"] = "Sources cited",
        ["History"] = "Status history",
    };

    /// <summary>The words of one history: the kind of record the entries are about, and the reader's language.</summary>
    public sealed record HistoryWords(RecordKind? Kind, IStringLocalizer<Text> Text);

    public static IReadOnlyList<ReadableChange> Of(string? before, string? after, IReadOnlyDictionary<string, string>? labels = null, HistoryWords? words = null) =>
        Of(Parse(before), Parse(after), labels, words);

    public static IReadOnlyList<ReadableChange> Of(JsonElement? before, JsonElement? after, IReadOnlyDictionary<string, string>? labels = null, HistoryWords? words = null)
    {
        var old = Fields(before, labels, words);
        var @new = Fields(after, labels, words);
        return old.Keys.Union(@new.Keys)
            .Select(name => new ReadableChange(FieldName(name, words?.Kind?.FieldFor(name), words), old.GetValueOrDefault(name), @new.GetValueOrDefault(name)))
            .Where(c => c.Before != c.After)
            .OrderBy(c => c.Field, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>"OwnerInstitution" → "Owner institution".</summary>
    public static string FieldName(string name) =>
        FieldNames.TryGetValue(name, out var known) ? known : Capitalised(Words(name));

    /// <summary>
    /// The field's label in the reader's language where the kind has the field, else its words ("AuditField.{name}" in
    /// Text.resx, for what is not a kind's record: a follow-up's parts), else its name in English words.
    /// </summary>
    private static string FieldName(string name, IFieldWords? field, HistoryWords? words) =>
        words is null ? FieldName(name)
        : field is not null ? field.Text.In(words.Text)
        : new Message("AuditField." + name) { Fallback = FieldName(name) }.In(words.Text);

    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    private static Dictionary<string, string?> Fields(JsonElement? values, IReadOnlyDictionary<string, string>? labels, HistoryWords? words)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (values is not { ValueKind: JsonValueKind.Object } json) return fields;
        // The record's own key is its address, already in the page's URL; a history names fields a person edits.
        foreach (var property in json.EnumerateObject().Where(p => p.Name != "Key"))
            fields[property.Name] = Text(property.Value, labels, words, words?.Kind?.FieldFor(property.Name));
        return fields;
    }

    private static string? Text(JsonElement value, IReadOnlyDictionary<string, string>? labels, HistoryWords? words, IFieldWords? field) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => Word(value.GetString()!, labels, words, field),
        JsonValueKind.True => Say(new Message("RecordsMsg.Yes"), words),
        JsonValueKind.False => Say(new Message("RecordsMsg.No"), words),
        JsonValueKind.Array => value.GetArrayLength() == 0 ? null
            : string.Join(value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Object) ? "\n" : ", ",
                value.EnumerateArray().Select(v => Text(v, labels, words, field)).Where(t => t is not null)),
        // A part (a row of a rows field): its columns named and worded by the field's columns.
        JsonValueKind.Object => string.Join("; ", value.EnumerateObject()
            .Select(p => (p.Name, Column: field?.Part(p.Name), p.Value)).Select(p => (p.Name, p.Column, Text: Text(p.Value, labels, words, p.Column)))
            .Where(p => p.Text is not null).Select(p => $"{FieldName(p.Name, p.Column, words)}: {p.Text}")) is { Length: > 0 } line ? line : null,
        _ => value.GetRawText(),
    };

    private static string Say(Message message, HistoryWords? words) => words is null ? message.English : message.In(words.Text);

    /// <summary>A record's key as its label when the page knows it; "JointStatement" (an enumeration member) as "joint statement".</summary>
    private static string Word(string text, IReadOnlyDictionary<string, string>? labels, HistoryWords? words, IFieldWords? field) =>
        labels is not null && labels.TryGetValue(text, out var label) ? label
        : field?.WordsOf(text) is { } member ? Say(member, words)
        : EnumMember().IsMatch(text) ? EnumText.Of(text)
        : text;

    private static string Words(string name) => Capitals().Replace(name, " $1").Trim().ToLowerInvariant();

    private static string Capitalised(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Capitals();

    [GeneratedRegex("^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")]
    private static partial Regex EnumMember();
}
