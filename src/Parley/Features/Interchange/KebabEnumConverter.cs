using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Features.Interchange;

/// <summary>
/// Enumerations as kebab-case words ("joint-statement"). Unlike the stock converter, a wrong word is answered
/// with the list of allowed ones, so the user can fix the file without reading the code.
/// </summary>
public sealed class KebabEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    public static string Word<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static IReadOnlyList<string> Words<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Word).ToList();

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly Dictionary<string, T> ByWord = Enum.GetValues<T>().ToDictionary(Word, v => v, StringComparer.OrdinalIgnoreCase);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var word = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return word is not null && ByWord.TryGetValue(word, out var value)
                ? value
                : throw new JsonException($"{(word is null ? "a word is expected" : $"'{word}' is not allowed")}; use one of: {string.Join(", ", ByWord.Keys)}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Word(value));
    }
}
