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
        // The record with its citations (joined by owner), then their sources by id. Including the sources too made
        // EF Core join every citation to its source in a subquery, which SQLite built whole before picking this
        // record's: 6–10 s a read at a million recommendations.
        var record = await db.Set<T>().AsNoTracking().Include(nameof(ISourced.Citations)).FirstOrDefaultAsync(r => r.Key == key, ct);
        var sourceIds = record is ISourced sourced ? sourced.Citations.Select(c => c.SourceId).Distinct().ToList() : [];
        var asOf = sourceIds.Count == 0 ? null
            : StaleFacts.AsOf(await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).Select(s => s.Published).ToListAsync(ct));
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
