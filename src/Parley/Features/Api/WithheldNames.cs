using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Analyses.Matching;
using Parley.Features.Accounts;
using Parley.Features.Interchange;

namespace Parley.Features.Api;

/// <summary>
/// A record document (or a page of them) as a caller without case access reads it through the API: any text in it (a
/// statement, a source's title, a note) can name a detained person, so every string value has case names withheld,
/// as on the record pages. Keys (the "key" of a record) and property names stay as they are.
/// </summary>
internal static class WithheldNames
{
    public static JsonNode? Apply<TDoc>(TDoc doc, NameMatcher names)
    {
        var node = JsonSerializer.SerializeToNode(doc, DocumentJson.Options);
        JsonTextScrub.Within(node, text => CaseAccess.Scrub(text, names), keep: "key");
        return node;
    }
}
