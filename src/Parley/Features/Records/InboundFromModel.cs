using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Parley.Domain;
using Parley.Store;
using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>
/// The records of every kind that link to one record, found from the store's model rather than listed by hand: a
/// link column (a commitment's party), a many-to-many link (a channel's issue areas) or a part's link (a round's
/// agenda item, a citation's source). A link added to any kind shows on the linked record's page, and blocks its
/// deletion, without more code.
/// </summary>
internal static class InboundFromModel
{
    /// <summary>
    /// One list per kind that links to <paramref name="record"/>, in the kinds' document order, headed by the kind's
    /// plural unless <paramref name="headings"/> names it otherwise; all in one list under <paramref name="together"/> when given.
    /// </summary>
    public static async Task<List<(Message Heading, List<RecordRef> Records)>> QueryAsync<T>(
        ParleyDb db, T record, IReadOnlyDictionary<Type, Message> headings, Message? together, CancellationToken ct) where T : class, IKeyed
    {
        var target = db.Model.FindEntityType(typeof(T))!;
        var id = (int)target.FindPrimaryKey()!.Properties[0].PropertyInfo!.GetValue(record)!;
        var result = new List<(Message, List<RecordRef>)>();
        foreach (var kind in RecordKinds.InDocumentOrder)
        {
            var source = db.Model.FindEntityType(kind.ClrType)!;
            if (LinksTo(source, target, id) is not { } predicate) continue;
            var refs = await (Task<List<RecordRef>>)RefsMethod.MakeGenericMethod(kind.ClrType).Invoke(null, [db, predicate, ct])!;
            if (together is not null)
            {
                if (result.Count == 0) result.Add((together, []));
                result[0].Item2.AddRange(refs);
            }
            else result.Add((headings.GetValueOrDefault(kind.ClrType) ?? kind.PluralText, refs));
        }
        if (together is not null && result.Count == 0) result.Add((together, []));
        return result;
    }

    private static readonly MethodInfo RefsMethod = typeof(InboundFromModel).GetMethod(nameof(RefsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<List<RecordRef>> RefsAsync<TSource>(ParleyDb db, LambdaExpression predicate, CancellationToken ct) where TSource : class, IKeyed =>
        RecordKinds.RefsAsync(db.Set<TSource>().Where((Expression<Func<TSource, bool>>)predicate), ct);

    /// <summary>"x links to the record with id <paramref name="id"/>" for records of <paramref name="source"/>; null when it cannot.</summary>
    private static LambdaExpression? LinksTo(IEntityType source, IEntityType target, int id)
    {
        var x = Expression.Parameter(source.ClrType, "x");
        var tests = new List<Expression>();
        tests.AddRange(ForeignKeyTests(source, target, x, id));
        foreach (var skip in source.GetSkipNavigations().Where(s => s.TargetEntityType == target && s.PropertyInfo is not null))
        {
            var y = Expression.Parameter(target.ClrType, "y");
            var idOf = Expression.Property(y, target.FindPrimaryKey()!.Properties[0].PropertyInfo!);
            tests.Add(Any(Expression.Property(x, skip.PropertyInfo!), target.ClrType, Expression.Lambda(Expression.Equal(idOf, Expression.Constant(id)), y)));
        }
        foreach (var part in source.GetNavigations().Where(n => n.ForeignKey.IsOwnership && n.IsCollection))
        {
            var o = Expression.Parameter(part.TargetEntityType.ClrType, "o");
            // "+ 0" keeps SQLite from looking each record's citations up by the source (thousands per source, for each of
            // 33,000 recommendations: 80 s for a source's page) rather than by the record (a few each) when the store
            // has no statistics; PostgreSQL plans the same test as one semi-join either way.
            var partTests = ForeignKeyTests(part.TargetEntityType, target, o, id, unindexed: true).ToList();
            if (partTests.Count == 0) continue;
            tests.Add(Any(Expression.Property(x, part.PropertyInfo!), part.TargetEntityType.ClrType, Expression.Lambda(partTests.Aggregate(Expression.OrElse), o)));
        }
        return tests.Count == 0 ? null : Expression.Lambda(tests.Aggregate(Expression.OrElse), x);
    }

    private static IEnumerable<Expression> ForeignKeyTests(IEntityType source, IEntityType target, ParameterExpression x, int id, bool unindexed = false) =>
        source.GetForeignKeys().Where(fk => !fk.IsOwnership && fk.PrincipalEntityType == target && fk.Properties[0].PropertyInfo is not null)
            .Select(fk =>
            {
                Expression link = Expression.Convert(Expression.Property(x, fk.Properties[0].PropertyInfo!), typeof(int?));
                if (unindexed) link = Expression.Add(link, Expression.Constant(0, typeof(int?)));
                return (Expression)Expression.Equal(link, Expression.Constant(id, typeof(int?)));
            });

    private static MethodCallExpression Any(Expression collection, Type item, LambdaExpression predicate) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [item], collection, predicate);
}
