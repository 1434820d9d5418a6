using System.Text.Json.Nodes;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Hostile;

/// <summary>
/// The bundled data set with markup and script written into every name, title, text and note, direction
/// overrides, source addresses that are javascript:, a statement with one very long word, and parties whose
/// names a spreadsheet would run as formulas. Whatever shows it must show it as text.
/// </summary>
public static class HostileStore
{
    /// <summary>Markup that, if it were ever written out unencoded, would add an element carrying data-pwned or run a script.</summary>
    public const string Markup = "\"><img src=x onerror=alert(1) data-pwned><script>alert(2)</script>";

    /// <summary>A right-to-left override that, unisolated, would turn the text after it around.</summary>
    public const string Override = "\u202Eevil";

    public const string Payload = " " + Markup + Override;

    public const string ScriptUrl = "javascript:alert(3)";

    public static readonly string LongWord = new('w', 3000);

    public static readonly string[] FormulaNames = ["=HYPERLINK(\"http://example.com\",\"x\")", "+1+1", "-2+3", "@SUM(1,1)", "'=quoted", "''twice"];

    private static readonly string[] TextFields = ["name", "title", "personName", "text", "description", "summary", "label", "note", "scope", "outcomes", "sentence", "why", "suggestion", "locator", "personRole"];

    public static async Task<TempStore> CreateAsync(StoreKind kind)
    {
        using var bundled = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        var document = JsonNode.Parse((await Cli.OkAsync("export", "--db", bundled.Db)).Out)!.AsObject();
        foreach (var (_, value) in document)
            if (value is JsonArray records)
                foreach (var record in records.OfType<JsonObject>()) Poison(record);
        foreach (var source in document["sources"]!.AsArray().OfType<JsonObject>()) source["url"] = ScriptUrl;
        var statement = document["statements"]!.AsArray()[0]!.AsObject();
        statement["text"] = statement["text"]!.GetValue<string>() + " " + LongWord;
        var parties = document["parties"]!.AsArray();
        for (var i = 0; i < FormulaNames.Length; i++)
            parties.Add(new JsonObject { ["key"] = $"formula-{i}", ["name"] = FormulaNames[i], ["kind"] = "state", ["aliases"] = new JsonArray(FormulaNames[i]) });

        var store = TempStore.Create(kind);
        var file = store.File("hostile.json");
        await File.WriteAllTextAsync(file, document.ToJsonString());
        await Cli.OkAsync("import", file, "--db", store.Db);
        return store;
    }

    private static void Poison(JsonObject node)
    {
        foreach (var (name, value) in node.ToList())
        {
            if (value is JsonArray list)
                foreach (var part in list.OfType<JsonObject>()) Poison(part);
            else if (value is JsonObject part) Poison(part);
            else if (TextFields.Contains(name) && value is JsonValue v && v.TryGetValue<string>(out var text))
                // A provision's label holds at most 100 characters.
                node[name] = name == "label" ? text + " <b data-pwned>" + Override : text + Payload;
        }
    }
}
