using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Records;

/// <summary>
/// A user's saved list views: saved (a name already used replaces its query), listed and deleted, each change in the
/// audit trail (a view is not a record, so the entry is made here). Any signed-in user, a viewer too, keeps their own.
/// </summary>
public static class SavedViews
{
    public const int NameLength = 120;
    public const int QueryLength = 2000;

    /// <summary>
    /// The owner's views of a kind, from every user's views kept while the data is unchanged: each change of a view is
    /// in the audit trail, so the data version says when to read them again. Views are few (a user's handful), and
    /// reading them was one of the list page's round trips to a PostgreSQL server on every visit.
    /// </summary>
    public static async Task<IReadOnlyList<SavedView>> OfAsync(ParleyDb db, string owner, string kind, CancellationToken ct) =>
        (await Kept.OfAsync(db, ct)).GetValueOrDefault((owner, kind)) ?? [];

    private static readonly KeptPerVersion<Dictionary<(string Owner, string Kind), IReadOnlyList<SavedView>>> Kept = new(async (db, ct) =>
        (await db.Set<SavedView>().AsNoTracking().ToListAsync(ct))
            .GroupBy(v => (v.Owner, v.Kind))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SavedView>)[.. g.OrderBy(v => v.Name, StringComparer.Ordinal)]));

    /// <summary>Saves the view, or says (as a message naming the field) why it cannot be.</summary>
    public static async Task<string?> SaveAsync(ParleyDb db, string owner, string kind, string name, string query, CancellationToken ct)
    {
        name = name.Trim();
        if (name.Length == 0) return "View name: give the view a name.";
        if (name.Length > NameLength) return $"View name: at most {NameLength} characters, not {name.Length:N0}.";
        if (query.Length > QueryLength) return $"View: the list's address is {query.Length:N0} characters long; at most {QueryLength:N0} can be saved.";
        if (query.Length > 0 && !query.StartsWith('?')) return "View: the list's address must start with '?'.";
        var view = await db.Set<SavedView>().SingleOrDefaultAsync(v => v.Owner == owner && v.Kind == kind && v.Name == name, ct);
        var before = view is null ? null : Snapshot(view);
        view ??= db.Set<SavedView>().Add(new SavedView { Owner = owner, Kind = kind, Name = name }).Entity;
        view.Query = query;
        view.Saved = DateTimeOffset.UtcNow;
        Audit(db, before is null ? AuditAction.Create : AuditAction.Update, view, before, Snapshot(view));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Deletes one of the owner's views; false when they have none with that id.</summary>
    public static async Task<bool> DeleteAsync(ParleyDb db, string owner, int id, CancellationToken ct)
    {
        var view = await db.Set<SavedView>().SingleOrDefaultAsync(v => v.Id == id && v.Owner == owner, ct);
        if (view is null) return false;
        db.Remove(view);
        Audit(db, AuditAction.Delete, view, Snapshot(view), null);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Adds a view brought back by a restore, with its audit entry; written with the caller's next save.</summary>
    public static void AddRestored(ParleyDb db, SavedView view)
    {
        db.Set<SavedView>().Add(view);
        Audit(db, AuditAction.Create, view, null, Snapshot(view));
    }

    // The full name is in the entry's values; the trail cuts the key to its column's width.
    private static void Audit(ParleyDb db, AuditAction action, SavedView view, object? before, object? after) =>
        AuditNote.Add(db, nameof(SavedView), $"{view.Owner}/{view.Kind}/{view.Name}", action, before, after);

    private static object Snapshot(SavedView v) => new { v.Owner, v.Kind, v.Name, v.Query };
}
