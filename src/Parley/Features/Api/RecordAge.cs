using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Records;
using Parley.Domain;
using Parley.Features.Interchange;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>
/// How old a record read through the API is: <c>asOf</c>, the publication date of the newest dated source it cites
/// (null when none is dated), and, when a round being prepared is named (<c>?round=KEY</c>), <c>stale</c> with the
/// <c>lastRound</c> it is measured against (<see cref="StaleFacts"/>). Read-only: a document sent back is read without them.
/// </summary>
internal static class RecordAge
{
    public static readonly string[] Members = ["asOf", "stale", "lastRound"];

    /// <summary>The document with its age; null when <paramref name="round"/> names no round.</summary>
    public static async Task<JsonObject?> AddAsync<T, TDoc>(ParleyDb db, long version, TDoc doc, string? round, CancellationToken ct)
        where T : class, IKeyed where TDoc : class
    {
        var json = JsonSerializer.SerializeToNode(doc, DocumentJson.Options)!.AsObject();
        if (!typeof(ISourced).IsAssignableFrom(typeof(T))) return json;
        var asOf = StaleFacts.AsOf(await PublishedAsync(db, version, ApiKind<T, TDoc>.Cited(doc).Select(c => c.Source).Distinct().ToList(), ct));
        json["asOf"] = asOf?.ToString();
        if (string.IsNullOrEmpty(round)) return json;
        var preparing = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Key == round, ct);
        if (preparing is null) return null;
        var last = StaleFacts.LastRoundBefore(await db.Rounds.AsNoTracking().Where(r => r.ChannelId == preparing.ChannelId).ToListAsync(ct),
            preparing, StoreClock.Today());
        json["stale"] = asOf is { } date && StaleFacts.IsStale(date, last);
        json["lastRound"] = last is null ? null : new JsonObject { ["key"] = last.Key, ["title"] = last.Title, ["date"] = last.Date?.ToString() };
        return json;
    }

    /// <summary>
    /// The publication dates of the cited sources (by key), from the sources' dates kept while the data is unchanged:
    /// sources are few (the exporter keeps their keys the same way), and an API read of one record then costs no
    /// statement for its age. Each read of the sources' dates was a round trip per request on PostgreSQL (an API read
    /// by key was 3.2× SQLite's at a million recommendations). A source too new for the kept dates (added after the
    /// version this request read) is read on its own.
    /// </summary>
    private static async Task<List<PartialDate?>> PublishedAsync(ParleyDb db, long version, List<string> cited, CancellationToken ct)
    {
        if (cited.Count == 0) return [];
        var kept = await KeptDates.OfAsync(db, version, ct);
        var missing = cited.Where(k => !kept.ContainsKey(k)).ToList();
        var published = cited.Where(kept.ContainsKey).Select(k => kept[k]).ToList();
        if (missing.Count > 0)
            published.AddRange(await db.Sources.AsNoTracking().Where(s => missing.Contains(s.Key)).Select(s => s.Published).ToListAsync(ct));
        return published;
    }

    private static readonly KeptPerVersion<Dictionary<string, PartialDate?>> KeptDates = new((db, ct) =>
        db.Sources.AsNoTracking().Select(s => new { s.Key, s.Published }).ToDictionaryAsync(s => s.Key, s => s.Published, StringComparer.Ordinal, ct));

    /// <summary>A document sent back as read: the read-only members dropped before it is read as the kind's document.</summary>
    public static JsonNode? WithoutAge(JsonNode? body)
    {
        if (body is JsonObject o) foreach (var member in Members) o.Remove(member);
        return body;
    }
}
