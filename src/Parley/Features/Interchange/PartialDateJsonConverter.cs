using System.Text.Json;
using System.Text.Json.Serialization;
using Parley.Domain;

namespace Parley.Features.Interchange;

/// <summary>Reads and writes partial dates as "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException("a date must be a string of the form YYYY, YYYY-MM or YYYY-MM-DD");
        var text = reader.GetString();
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new JsonException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
