using System.Text.Json.Nodes;

namespace Parley.Features.Accounts;

/// <summary>
/// Replaces, in place, every string value of a JSON tree by its scrubbed text: how record documents (API answers)
/// and history snapshots (record pages) reach a reader without case access. Property names stay as they are.
/// </summary>
public static class JsonTextScrub
{
    /// <param name="keep">A property whose string value is left as it is (a record's own "key").</param>
    public static void Within(JsonNode? node, Func<string, string> scrub, string? keep = null)
    {
        switch (node)
        {
            // Only a text is replaced: a nested object or array is scrubbed where it is (putting it back would throw).
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    if (child is JsonValue v && v.TryGetValue<string>(out var text)) { if (name != keep) o[name] = scrub(text); }
                    else Within(child, scrub, keep);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var text)) a[i] = scrub(text);
                    else Within(a[i], scrub, keep);
                }
                break;
        }
    }
}
