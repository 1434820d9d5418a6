using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Features.Interchange;

namespace Parley.Features.Analyses;

/// <summary>
/// How analysis results are written as JSON, on the CLI and the API alike: camelCase, enumerations as kebab-case words,
/// dates as precise as recorded ("2020", "2020-06", "2020-06-08"), as in the interchange format.
/// </summary>
public static class AnalysisJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // Served as application/json, never inlined in HTML: quotes and Vietnamese letters stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new KebabEnumConverter());
        options.Converters.Add(new PartialDateJsonConverter());
        return options;
    }
}
