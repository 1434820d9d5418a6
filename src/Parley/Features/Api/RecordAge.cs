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
    public static async Task<JsonObject?> AddAsync<T, TDoc>(ParleyDb db, TDoc doc, string key, string? round, CancellationToken ct)
        where T : class, IKeyed where TDoc : class
    {
        var json = JsonSerializer.SerializeToNode(doc, DocumentJson.Options)!.AsObject();
        if (!typeof(ISourced).IsAssignableFrom(typeof(T))) return json;
        // The dates of the sources the record cites, in one statement (the API read has just read the record itself):
        // each source checked against the record's citations, found by its key and their owner. Reading the record
        // with its citations first, then their sources, was two more round trips per read on PostgreSQL; including
        // the sources in the record's read made EF Core join every citation to its source in a subquery, which SQLite
        // built whole before picking this record's: 6–10 s a read at a million recommendations.
        var published = await db.Sources.AsNoTracking()
            .Where(s => db.Set<T>().Where(r => r.Key == key).SelectMany(r => EF.Property<List<Citation>>(r, nameof(ISourced.Citations)))
                .Any(c => c.SourceId == s.Id))
            .Select(s => s.Published).ToListAsync(ct);
        var asOf = published.Count == 0 ? null : StaleFacts.AsOf(published);
        json["asOf"] = asOf?.ToString();
        if (string.IsNullOrEmpty(round)) return json;
        var preparing = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Key == round, ct);
        if (preparing is null) return null;
        var last = StaleFacts.LastRoundBefore(await db.Rounds.AsNoTracking().Where(r => r.ChannelId == preparing.ChannelId).ToListAsync(ct),
            preparing, DateOnly.FromDateTime(DateTime.UtcNow));
        json["stale"] = asOf is { } date && StaleFacts.IsStale(date, last);
        json["lastRound"] = last is null ? null : new JsonObject { ["key"] = last.Key, ["title"] = last.Title, ["date"] = last.Date?.ToString() };
        return json;
    }

    /// <summary>A document sent back as read: the read-only members dropped before it is read as the kind's document.</summary>
    public static JsonNode? WithoutAge(JsonNode? body)
    {
        if (body is JsonObject o) foreach (var member in Members) o.Remove(member);
        return body;
    }
}
