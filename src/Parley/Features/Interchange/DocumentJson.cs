using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Parley.Features.Interchange;

/// <summary>The JSON settings of the interchange format: strict on input, stable and readable on output.</summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            // Vietnamese names stay readable in the file instead of turning into \u escapes.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            // A typo in a field name or a missing required field is an error, not silently dropped data.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.Converters.Add(new KebabEnumConverter());
        options.Converters.Add(new PartialDateJsonConverter());
        options.Converters.Add(new NulFreeTextConverter());
        return options;
    }
}
