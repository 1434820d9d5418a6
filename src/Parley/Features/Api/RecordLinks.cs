using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>
/// Which other records link to a record, read from the model so every kind is covered: references, parts of other
/// records (a round's delegates) and many-to-many lists (a case's charges). A record's own parts and lists do not count.
/// </summary>
public static class RecordLinks
{
    /// <summary>"Commitment.IssueAreas: 3" for each kind of link that points at the record; empty when none does.</summary>
    public static async Task<IReadOnlyList<string>> ToAsync(ParleyDb db, Type entityType, int id, CancellationToken ct = default)
    {
        var type = db.Model.FindEntityType(entityType) ?? throw new ArgumentException($"{entityType.Name} is not stored", nameof(entityType));
        var ownLinks = type.GetSkipNavigations().Select(s => s.ForeignKey).ToHashSet();
        var found = new List<string>();
        foreach (var fk in db.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys()).Where(fk => fk.PrincipalEntityType == type))
        {
            if (fk.IsOwnership || ownLinks.Contains(fk)) continue;
            var dependent = fk.DeclaringEntityType;
            var table = dependent.GetTableName()!;
            var column = fk.Properties[0].GetColumnName(StoreObjectIdentifier.Table(table, dependent.GetSchema()))!;
            // Identifiers come from the model, never from input; the id is a parameter.
#pragma warning disable EF1002
            var count = await db.Database.SqlQueryRaw<int>($"SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" = {{0}}", id).SingleAsync(ct);
#pragma warning restore EF1002
            if (count > 0) found.Add($"{Describe(db.Model, fk)}: {count}");
        }
        return found;
    }

    private static string Describe(IModel model, IForeignKey fk)
    {
        var dependent = fk.DeclaringEntityType;
        if (dependent.FindOwnership() is { } ownership)
            return $"{ownership.PrincipalEntityType.ClrType.Name}.{ownership.PrincipalToDependent?.Name}";
        var list = model.GetEntityTypes().SelectMany(t => t.GetSkipNavigations()).FirstOrDefault(s => s.JoinEntityType == dependent && s.ForeignKey != fk);
        if (list is not null) return $"{list.DeclaringEntityType.ClrType.Name}.{list.Name}";
        return $"{dependent.ClrType.Name}.{fk.DependentToPrincipal?.Name ?? fk.Properties[0].Name}";
    }
}
