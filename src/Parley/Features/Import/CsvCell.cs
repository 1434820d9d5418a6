using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parley.Features.Import;

/// <summary>
/// How one field is written in a CSV cell and read back: text as is, numbers and words plainly, a list of keys or
/// words as values separated by ';', and structured parts (powers, events, citations) as compact JSON.
/// </summary>
public static class CsvCell
{
    public const char ListSeparator = ';';

    /// <summary>The cell for a field's JSON value, as the interchange format writes it.</summary>
    public static string Write(JsonElement? value)
    {
        if (value is not { } v) return "";
        return v.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            JsonValueKind.String => Defused(v.GetString()!),
            JsonValueKind.Array when v.EnumerateArray().All(IsPlainListItem) => Defused(string.Join(ListSeparator, v.EnumerateArray().Select(i => i.GetString()))),
            _ => v.GetRawText(),
        };
    }

    /// <summary>
    /// Text that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets a
    /// leading apostrophe, as OWASP advises against CSV injection; so does text that already starts with an
    /// apostrophe before such a character, so that <see cref="Read"/> can take exactly one off and the round trip holds.
    /// </summary>
    public static string Defused(string text) => NeedsApostrophe(text) ? "'" + text : text;

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool NeedsApostrophe(string text) =>
        text.Length > 0 && (IsFormulaStart(text[0]) || (text[0] == '\'' && text.Length > 1 && (text[1] == '\'' || IsFormulaStart(text[1]))));

    /// <summary>The cell's text with the apostrophe <see cref="Defused"/> added taken off again.</summary>
    private static string Restored(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && (cell[1] == '\'' || IsFormulaStart(cell[1])) ? cell[1..] : cell;

    /// <summary>A string list item that survives being joined with ';' and split again.</summary>
    private static bool IsPlainListItem(JsonElement item) =>
        item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s
        && !s.Contains(ListSeparator) && s.Trim() == s && !s.StartsWith('[');

    /// <summary>The JSON value for a cell of a field of <paramref name="type"/>; null with a message when it cannot be one.</summary>
    public static JsonNode? Read(string cell, Type type, out string? error)
    {
        error = null;
        cell = Restored(cell);
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string) || t.IsEnum || t == typeof(Domain.PartialDate)) return JsonValue.Create(t == typeof(string) ? cell : cell.Trim());
        var text = cell.Trim();
        if (t == typeof(int))
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return JsonValue.Create(n);
            error = $"'{text}' is not a whole number";
            return null;
        }
        if (t == typeof(bool))
        {
            switch (text.ToLowerInvariant())
            {
                case "true" or "yes" or "1": return JsonValue.Create(true);
                case "false" or "no" or "0": return JsonValue.Create(false);
                default:
                    error = $"'{text}' is not true or false";
                    return null;
            }
        }
        if (t == typeof(List<string>) && !text.StartsWith('['))
            return new JsonArray(text.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        try
        {
            var node = JsonNode.Parse(text);
            if (node is JsonArray) return node;
            error = "a list is expected here: JSON like [{\"source\": \"key\", \"locator\": \"page 3\"}]";
        }
        catch (JsonException e)
        {
            error = $"not a JSON list ({e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]})";
        }
        return null;
    }
}
