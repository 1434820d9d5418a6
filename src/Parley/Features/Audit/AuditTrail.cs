using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Audit;

/// <summary>Reads the audit trail: one record's history, or the whole trail filtered. There is no way to write it but saving records.</summary>
public static class AuditTrail
{
    /// <summary>A record's entries, newest first. <paramref name="entityName"/> is the kind as entries name it ("Round").</summary>
    public static async Task<IReadOnlyList<AuditEntryView>> HistoryAsync(ParleyDb db, string entityName, string key, CancellationToken ct = default) =>
        (await db.AuditEntries.AsNoTracking().Where(a => a.Kind == entityName && a.RecordKey == key).OrderByDescending(a => a.Id).ToListAsync(ct))
            .Select(View).ToList();

    /// <summary>A page of the whole trail, newest first, narrowed by kind, key and actor when given; with the total count.</summary>
    public static async Task<(IReadOnlyList<AuditEntryView> Entries, int Total)> PageAsync(
        ParleyDb db, string? entityName, string? key, string? actor, int page, int pageSize, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (entityName is not null) query = query.Where(a => a.Kind == entityName);
        if (!string.IsNullOrWhiteSpace(key)) query = query.Where(a => a.RecordKey == key);
        if (!string.IsNullOrWhiteSpace(actor)) query = query.Where(a => a.Actor == actor);
        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (entries.Select(View).ToList(), total);
    }

    public static AuditEntryView View(AuditEntry entry) => new(
        entry.Id, entry.At, entry.Actor, entry.Origin, entry.Action.ToString().ToLowerInvariant(), entry.Kind, entry.RecordKey,
        Parse(entry.Before), Parse(entry.After));

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
