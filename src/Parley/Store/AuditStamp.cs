using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Parley.Domain;

namespace Parley.Store;

/// <summary>
/// The one place every write passes through: before a save, each changed record gets an audit entry with
/// its values before and after, and its version is bumped so a stale edit is refused.
/// Changes to owned parts (delegates, citations, status history) and links are stamped on the record that owns them.
/// </summary>
internal static class AuditStamp
{
    public const string VersionProperty = "Version";

    public static void Stamp(ParleyDb db)
    {
        db.ChangeTracker.DetectChanges();
        var now = DateTimeOffset.UtcNow;
        var touched = new Dictionary<object, AuditAction>(ReferenceEqualityComparer.Instance);
        var tracked = new TrackedEntries(db.ChangeTracker.Entries().ToList());
        foreach (var entry in tracked.All)
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached || entry.Entity is AuditEntry) continue;
            if (entry.Entity is IKeyed)
            {
                touched[entry.Entity] = entry.State switch
                {
                    EntityState.Added => AuditAction.Create,
                    EntityState.Deleted => AuditAction.Delete,
                    _ => AuditAction.Update,
                };
                continue;
            }
            foreach (var owner in OwnersOf(tracked, entry))
                touched.TryAdd(owner.Entity, owner.State switch
                {
                    EntityState.Added => AuditAction.Create,
                    EntityState.Deleted => AuditAction.Delete,
                    _ => AuditAction.Update,
                });
        }

        // Parts (delegates, citations, status history) by owner, found once: snapshots list them under their record.
        var parts = db.ChangeTracker.Entries().Where(e => e.Metadata.IsOwned() && e.Metadata.FindOwnership() is not null)
            .ToLookup(e => (e.Metadata, Owner: e.Property(e.Metadata.FindOwnership()!.Properties[0].Name).CurrentValue));

        foreach (var (entity, action) in touched)
        {
            var entry = db.Entry(entity);
            if (action == AuditAction.Update && entry.State == EntityState.Unchanged) entry.State = EntityState.Modified;
            var version = entry.Property(VersionProperty);
            if (action == AuditAction.Update) version.CurrentValue = (int)(version.OriginalValue ?? 0) + 1;
            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                Actor = db.Actor,
                Origin = db.Origin,
                Action = action,
                Kind = entry.Metadata.ClrType.Name,
                RecordKey = ((IKeyed)entity).Key,
                Before = action == AuditAction.Create ? null : JsonSerializer.Serialize(Values(entry, parts, original: true)),
                After = action == AuditAction.Delete ? null : JsonSerializer.Serialize(Values(entry, parts, original: false)),
            });
        }
    }

    /// <summary>The keyed records an owned part or link row belongs to.</summary>
    private static IEnumerable<EntityEntry> OwnersOf(TrackedEntries tracked, EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is not null)
        {
            var owner = tracked.Find(ownership.PrincipalEntityType, ownership.PrincipalKey.Properties[0].Name,
                entry.Property(ownership.Properties[0].Name).CurrentValue);
            if (owner is not null)
            {
                if (owner.Entity is IKeyed) yield return owner;
                else foreach (var outer in OwnersOf(tracked, owner)) yield return outer;
            }
            yield break;
        }

        // A row of a many-to-many link table belongs to the record the table is named after ("CaseCharges" → the case).
        var link = entry.Metadata.GetForeignKeys().FirstOrDefault(fk => entry.Metadata.Name.StartsWith(fk.PrincipalEntityType.ClrType.Name, StringComparison.Ordinal));
        if (link is null) yield break;
        var id = entry.Property(link.Properties[0].Name).CurrentValue;
        var principal = tracked.Find(link.PrincipalEntityType, link.PrincipalKey.Properties[0].Name, id);
        if (principal?.Entity is IKeyed) yield return principal;
    }

    /// <summary>
    /// The entries of one save, indexed by type and key value on first use: finding the owner of each part by
    /// scanning every entry made a save of n records take n² steps (minutes for a bulk import).
    /// </summary>
    private sealed class TrackedEntries(List<EntityEntry> all)
    {
        private readonly Dictionary<(IReadOnlyEntityType, string), Dictionary<object, EntityEntry>> _index = [];

        public List<EntityEntry> All { get; } = all;

        public EntityEntry? Find(IReadOnlyEntityType type, string property, object? value)
        {
            if (value is null) return null;
            if (!_index.TryGetValue((type, property), out var byValue))
            {
                byValue = [];
                foreach (var e in All.Where(e => e.Metadata == type))
                    if (e.Property(property).CurrentValue is { } key) byValue.TryAdd(key, e);
                _index[(type, property)] = byValue;
            }
            return byValue.GetValueOrDefault(value);
        }
    }

    /// <summary>
    /// The audit entry of a record written without the change tracker (a bulk import inserts rows directly):
    /// the same entry <see cref="Stamp"/> makes for an added record, so the trail reads the same either way.
    /// </summary>
    public static AuditEntry Created(ParleyDb db, IKeyed record, DateTimeOffset at) => new()
    {
        At = at,
        Actor = db.Actor,
        Origin = db.Origin,
        Action = AuditAction.Create,
        Kind = record.GetType().Name,
        RecordKey = record.Key,
        After = JsonSerializer.Serialize(Values(db.Entry(record), NoParts, original: false)),
    };

    private static readonly ILookup<(IEntityType, object?), EntityEntry> NoParts =
        Array.Empty<EntityEntry>().ToLookup(e => ((IEntityType)e.Metadata, (object?)null));

    private static SortedDictionary<string, object?> Values(EntityEntry entry, ILookup<(IEntityType, object?), EntityEntry> parts, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        // A record's parts, when they were loaded (or are new): leaving them out is better than showing an empty list.
        foreach (var navigation in entry.Metadata.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && n.IsCollection))
        {
            if (entry.State != EntityState.Added && !entry.Navigation(navigation.Name).IsLoaded) continue;
            var ownerKey = entry.Property(navigation.ForeignKey.PrincipalKey.Properties[0].Name).CurrentValue;
            values[navigation.Name] = parts[(navigation.TargetEntityType, ownerKey)]
                .Where(p => original ? p.State != EntityState.Added : p.State != EntityState.Deleted)
                .Select(p => Values(p, parts, original))
                .ToList();
        }
        // Links are recorded by the key of the record they point at: database ids mean nothing to a reader
        // and are not even known yet for records added in the same save.
        var links = entry.Metadata.GetForeignKeys()
            .Where(fk => fk.Properties.Count == 1 && fk.DependentToPrincipal is not null && typeof(IKeyed).IsAssignableFrom(fk.PrincipalEntityType.ClrType))
            .ToDictionary(fk => fk.Properties[0].Name, fk => fk);
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsPrimaryKey() || property.Metadata.Name == VersionProperty) continue;
            if (property.Metadata.GetContainingForeignKeys().Any(fk => fk.IsOwnership)) continue;
            var value = original ? property.OriginalValue : property.CurrentValue;
            if (links.TryGetValue(property.Metadata.Name, out var link))
            {
                var navigation = link.DependentToPrincipal!;
                var target = !original || !property.IsModified ? entry.Reference(navigation.Name).CurrentValue as IKeyed : null;
                target ??= value is null ? null : entry.Context.Find(link.PrincipalEntityType.ClrType, value) as IKeyed;
                values[navigation.Name] = target?.Key;
                continue;
            }
            values[property.Metadata.Name] = value switch
            {
                null => null,
                PartialDate date => date.ToString(),
                Enum e => e.ToString(),
                _ => value,
            };
        }
        return values;
    }
}
