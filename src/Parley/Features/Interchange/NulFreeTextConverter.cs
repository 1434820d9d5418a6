using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Features.Interchange;

/// <summary>
/// Refuses text holding the NUL character (written \u0000 in JSON): PostgreSQL cannot store it in a text column,
/// and no real name or statement contains it, so it is refused for both stores at the field that holds it.
/// </summary>
public sealed class NulFreeTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException("text in double quotes is expected here");
        var text = reader.GetString()!;
        return text.Contains('\0') ? throw new JsonException("the text holds a NUL character (\\u0000), which cannot be stored") : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
