using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Interchange;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>
/// Create, update and delete of any kind, for the API and the edit pages alike: records are given as interchange
/// documents and pass the importer's checks; updates are refused when the record changed since it was opened;
/// deletes are refused while other records link to the record. Every save is in the audit trail (AuditStamp).
/// Set the actor first (<c>db.ActAs(User, "web")</c>; the web app does it for signed-in requests).
/// </summary>
public static class RecordEdits
{
    private const string Place = "request";

    public static async Task<RecordOutcome> CreateAsync<T, TDoc>(ParleyDb db, ApiKind<T, TDoc> kind, TDoc doc, CancellationToken ct = default)
        where T : class, IKeyed where TDoc : class
    {
        var key = kind.KeyOf(doc);
        if (await db.Set<T>().AnyAsync(r => r.Key == key, ct))
            return new(RecordOutcomeKind.KeyTaken, $"A {kind.Label} with the key '{key}' already exists.",
                new Dictionary<string, string[]> { ["key"] = [$"'{key}' is already taken by another {kind.Label}"] });
        return Outcome(await DocumentImporter.ApplyAsync(db, kind.Wrap(doc), Place, replace: false, ct));
    }

    /// <summary>Replaces the record <paramref name="key"/> with <paramref name="doc"/> if it is still at <paramref name="openedVersion"/>.</summary>
    public static async Task<RecordOutcome> UpdateAsync<T, TDoc>(ParleyDb db, ApiKind<T, TDoc> kind, string key, TDoc doc, int openedVersion, CancellationToken ct = default)
        where T : class, IKeyed where TDoc : class
    {
        if (kind.KeyOf(doc) != key)
            return new(RecordOutcomeKind.Invalid, "A record's key cannot be changed.",
                new Dictionary<string, string[]> { ["key"] = [$"must stay '{key}': other records link to it by this key"] });
        var stored = await LoadForUpdateAsync<T>(db, key, ct);
        if (stored is null) return NotFound(kind, key);
        if (await ConcurrencyCheck.ConflictAsync(db, stored, openedVersion, ct) is { } change) return Conflict(kind, key, change);
        try
        {
            return Outcome(await DocumentImporter.ApplyAsync(db, kind.Wrap(doc), Place, replace: true, ct));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflict(kind, key, await ConcurrencyCheck.DescribeChangeAsync(db, kind.EntityName, key, ct));
        }
    }

    /// <summary>Deletes the record unless others link to it; with <paramref name="openedVersion"/>, only if unchanged since.</summary>
    public static async Task<RecordOutcome> DeleteAsync<T, TDoc>(ParleyDb db, ApiKind<T, TDoc> kind, string key, int? openedVersion, CancellationToken ct = default)
        where T : class, IKeyed where TDoc : class
    {
        var stored = await db.Set<T>().FirstOrDefaultAsync(r => r.Key == key, ct);
        if (stored is null) return NotFound(kind, key);
        if (openedVersion is { } opened && await ConcurrencyCheck.ConflictAsync(db, stored, opened, ct) is { } change)
            return Conflict(kind, key, change);
        var links = await RecordLinks.ToAsync(db, typeof(T), stored.Id, ct);
        if (links.Count > 0)
            return new(RecordOutcomeKind.Linked,
                $"Cannot delete {kind.Label} '{key}': other records link to it ({string.Join(", ", links)}). Remove those links first.");
        db.Remove(stored);
        try
        {
            await db.SaveChangesAsync(ct);
            return RecordOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflict(kind, key, await ConcurrencyCheck.DescribeChangeAsync(db, kind.EntityName, key, ct));
        }
    }

    /// <summary>The stored record, tracked, with the links and parts an update replaces loaded.</summary>
    public static async Task<T?> LoadForUpdateAsync<T>(ParleyDb db, string key, CancellationToken ct = default) where T : class, IKeyed
    {
        IQueryable<T> query = db.Set<T>();
        foreach (var navigation in RecordCopy.CopiedNavigations(db.Model.FindEntityType(typeof(T))!)) query = query.Include(navigation.Name);
        return await query.AsSplitQuery().FirstOrDefaultAsync(r => r.Key == key, ct);
    }

    private static RecordOutcome Outcome(ImportResult result) => result.Succeeded
        ? RecordOutcome.Saved
        : new(RecordOutcomeKind.Invalid, "The record is not valid.",
            result.Problems.GroupBy(p => p.Field ?? "body").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));

    private static RecordOutcome NotFound(IApiKind kind, string key) =>
        new(RecordOutcomeKind.NotFound, $"There is no {kind.Label} with the key '{key}'.");

    private static RecordOutcome Conflict(IApiKind kind, string key, string change) =>
        new(RecordOutcomeKind.Conflict, $"This {kind.Label} ('{key}') was {change}. Open it again to see the changes, then apply yours again.");
}
