using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Parley.Features.Interchange;

/// <summary>
/// Gives a stored, tracked record the values and links of a freshly built one of the same kind, so an update keeps
/// the record's identity (and everything that links to it) while its content is replaced whole.
/// </summary>
internal static class RecordCopy
{
    public static void Into(DbContext db, object fresh, object stored)
    {
        var entry = db.Entry(stored);
        foreach (var property in entry.Metadata.GetProperties())
        {
            // Keys and versions stay; foreign keys follow from the navigations copied below.
            if (property.IsPrimaryKey() || property.IsShadowProperty() || property.IsForeignKey() || property.PropertyInfo is null) continue;
            entry.Property(property.Name).CurrentValue = property.PropertyInfo.GetValue(fresh);
        }
        foreach (var navigation in CopiedNavigations(entry.Metadata))
            entry.Navigation(navigation.Name).CurrentValue = navigation.PropertyInfo!.GetValue(fresh);
    }

    /// <summary>
    /// The links a record's document describes: references it holds, its own parts and its many-to-many lists. Not the
    /// inverse lists of other records (an instrument's provisions belong to the provisions).
    /// </summary>
    public static IEnumerable<INavigationBase> CopiedNavigations(IEntityType type) =>
        type.GetNavigations()
            .Where(n => n.PropertyInfo is not null && (IsPart(n) || (!n.IsCollection && n.IsOnDependent)))
            .Cast<INavigationBase>()
            .Concat(type.GetSkipNavigations().Where(n => n.PropertyInfo is not null));

    /// <summary>
    /// A record's own parts: owned collections, and lists of rows without a key of their own that are kept in a table
    /// of their own because they are large (a follow-up's evidence files), so that they are read only when asked for.
    /// </summary>
    public static bool IsPart(INavigation navigation) =>
        navigation.ForeignKey.IsOwnership
        || (navigation.IsCollection && !navigation.IsOnDependent && !typeof(Domain.IKeyed).IsAssignableFrom(navigation.TargetEntityType.ClrType));
}
