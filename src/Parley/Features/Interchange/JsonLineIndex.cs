using System.Text.Json;

namespace Parley.Features.Interchange;

/// <summary>
/// Finds the line on which each record of a document starts ("rounds[3]" → line 120), so that problems
/// found after parsing can still name the line, not just the record.
/// </summary>
internal sealed class JsonLineIndex
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public static JsonLineIndex Build(ReadOnlySpan<byte> json)
    {
        var index = new JsonLineIndex();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        string? section = null;
        var position = -1;
        var lineStarts = 0L;
        var line = 1;
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    section = reader.GetString();
                    position = -1;
                }
                else if (reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject && section is not null)
                {
                    position++;
                    for (var i = lineStarts; i < reader.TokenStartIndex; i++)
                        if (json[(int)i] == (byte)'\n') line++;
                    lineStarts = reader.TokenStartIndex;
                    index._lines[$"{section}[{position}]"] = line;
                }
            }
        }
        catch (JsonException)
        {
            // A malformed document is reported by the parser with its own line; the index is only a help.
        }
        return index;
    }

    public int? LineOf(string section, int position) =>
        _lines.TryGetValue($"{section}[{position}]", out var line) ? line : null;
}
