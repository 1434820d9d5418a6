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
        var entries = db.ChangeTracker.Entries().ToList();
        var index = new EntryIndex(entries);
        foreach (var entry in entries)
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
            foreach (var owner in OwnersOf(index, entry))
                touched.TryAdd(owner.Entity, owner.State switch
                {
                    EntityState.Added => AuditAction.Create,
                    EntityState.Deleted => AuditAction.Delete,
                    _ => AuditAction.Update,
                });
        }

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
                Before = action == AuditAction.Create ? null : Snapshot(entry, original: true),
                After = action == AuditAction.Delete ? null : Snapshot(entry, original: false),
            });
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
        After = Snapshot(db.Entry(record), original: false),
    };

    /// <summary>The keyed records an owned part or link row belongs to.</summary>
    private static IEnumerable<EntityEntry> OwnersOf(EntryIndex index, EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is not null)
        {
            var owner = index.Find(ownership.PrincipalEntityType, entry.Property(ownership.Properties[0].Name).CurrentValue);
            if (owner is not null)
            {
                if (owner.Entity is IKeyed) yield return owner;
                else foreach (var outer in OwnersOf(index, owner)) yield return outer;
            }
            yield break;
        }

        // A row of a many-to-many link table belongs to the record the table is named after ("CaseCharges" → the case).
        var link = entry.Metadata.GetForeignKeys().FirstOrDefault(fk => entry.Metadata.Name.StartsWith(fk.PrincipalEntityType.ClrType.Name, StringComparison.Ordinal));
        if (link is null) yield break;
        var principal = index.Find(link.PrincipalEntityType, entry.Property(link.Properties[0].Name).CurrentValue);
        if (principal?.Entity is IKeyed) yield return principal;
    }

    /// <summary>
    /// The tracked entries by type and primary key, built once per save: finding the owner of each of thousands of
    /// citations or link rows by scanning every entry made a bulk import quadratic.
    /// </summary>
    private sealed class EntryIndex(IReadOnlyList<EntityEntry> entries)
    {
        private Dictionary<(IEntityType, object), EntityEntry>? _byKey;

        public EntityEntry? Find(IEntityType type, object? id)
        {
            if (id is null) return null;
            _byKey ??= Build();
            return _byKey.GetValueOrDefault((type, id));
        }

        private Dictionary<(IEntityType, object), EntityEntry> Build()
        {
            var byKey = new Dictionary<(IEntityType, object), EntityEntry>();
            foreach (var entry in entries)
            {
                if (entry.Metadata.FindPrimaryKey() is not { Properties.Count: 1 } key) continue;
                if (entry.Property(key.Properties[0].Name).CurrentValue is { } id) byKey.TryAdd((entry.Metadata, id), entry);
            }
            return byKey;
        }
    }

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        // Links are recorded by the key of the record they point at: database ids mean nothing to a reader
        // and are not even known yet for records added in the same save.
        var links = entry.Metadata.GetForeignKeys()
            .Where(fk => fk.Properties.Count == 1 && fk.DependentToPrincipal is not null && typeof(IKeyed).IsAssignableFrom(fk.PrincipalEntityType.ClrType))
            .ToDictionary(fk => fk.Properties[0].Name, fk => fk);
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsPrimaryKey() || property.Metadata.Name == VersionProperty) continue;
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
        return JsonSerializer.Serialize(values);
    }
}
