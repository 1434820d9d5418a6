using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parley.Tests.Features.Fuzz;

/// <summary>
/// Damage to a valid JSON document that keeps it JSON, so it gets past the parser to the checks behind it: a value
/// of the wrong type, a field that does not exist, a required one removed, a link to a key nobody has, a key twice,
/// a huge string, text with NUL, markup or direction overrides, numbers out of range, and nesting far too deep.
/// </summary>
public static class JsonMutations
{
    private const string DeepMarker = "\u0001deep\u0001";

    private static readonly Func<Random, JsonNode?>[] Values =
    [
        _ => null,
        _ => JsonValue.Create(true),
        r => JsonValue.Create(r.Next(-5, 5)),
        _ => JsonValue.Create(long.MaxValue),
        _ => JsonValue.Create(-2147483649L),
        _ => JsonValue.Create(1.5e300),
        _ => JsonValue.Create(""),
        _ => JsonValue.Create("   "),
        _ => JsonValue.Create("no-such-key"),
        _ => JsonValue.Create("Not A Key!"),
        _ => JsonValue.Create("2023-02-30"),
        _ => JsonValue.Create("nul\0inside"),
        _ => JsonValue.Create("<script>alert(1)</script>"),
        _ => JsonValue.Create("\"><img src=x onerror=alert(1)>"),
        _ => JsonValue.Create("javascript:alert(1)"),
        _ => JsonValue.Create("\u202Eevil\u202C"),
        r => JsonValue.Create(new string('w', r.Next(301, 200_000))),
        _ => new JsonArray(),
        _ => new JsonArray(JsonValue.Create("no-such-key"), JsonValue.Create(7)),
        _ => new JsonObject(),
        _ => new JsonObject { ["unexpected"] = 1 },
        _ => JsonValue.Create(DeepMarker),
    ];

    /// <summary>One to three mutations of the document; the JSON text and a line saying what was done.</summary>
    public static (string Json, string What) Mutate(JsonNode document, Random random)
    {
        var root = document.DeepClone();
        var what = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++) what.Add(Once(root, random));
        var json = root.ToJsonString();
        var deep = JsonSerializer.Serialize(DeepMarker);
        if (json.Contains(deep, StringComparison.Ordinal))
        {
            var depth = random.Next(2) == 0 ? 70 : 20_000;
            json = json.Replace(deep, new string('[', depth) + new string(']', depth));
            what.Add($"nested {depth} deep");
        }
        return (json, string.Join("; ", what));
    }

    private static string Once(JsonNode root, Random random)
    {
        var places = new List<(JsonNode Parent, string? Name, int Index)>();
        Collect(root, places);
        if (places.Count == 0) return "nothing to mutate";
        var (parent, name, index) = places[random.Next(places.Count)];
        var path = Describe(parent, name, index);
        switch (random.Next(6))
        {
            case 0 when parent is JsonObject o && name is not null:
                o.Remove(name);
                return $"removed {path}";
            case 1 when parent is JsonObject o:
                var unknown = "unknownField" + random.Next(100);
                o[unknown] = "x";
                return $"added {unknown} beside {path}";
            case 2 when parent is JsonArray a:
                a.Add(a[index]?.DeepClone());
                return $"duplicated {path}";
            default:
                var value = Values[random.Next(Values.Length)](random);
                Set(parent, name, index, value);
                return $"{path} = {Short(value)}";
        }
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> places)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    places.Add((o, name, -1));
                    if (child is not null) Collect(child, places);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    places.Add((a, null, i));
                    if (a[i] is { } child) Collect(child, places);
                }
                break;
        }
    }

    private static void Set(JsonNode parent, string? name, int index, JsonNode? value)
    {
        if (parent is JsonObject o) o[name!] = value;
        else ((JsonArray)parent)[index] = value;
    }

    private static string Describe(JsonNode parent, string? name, int index) => parent.GetPath() + (name is null ? $"[{index}]" : $".{name}");

    private static string Short(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 40 ? $"{text[..20]}…({text.Length} chars)" : text;
    }
}
