using System.Linq.Expressions;

namespace Parley.Store;

/// <summary>Substring filters a store runs itself, so an analysis reads only the rows that can concern it.</summary>
public static class TextFilter
{
    /// <summary>
    /// The rows whose text, lower-cased, contains any of <paramref name="pieces"/> (given lower-cased). Lower-cased
    /// because LIKE ignores case on SQLite but not on PostgreSQL.
    /// </summary>
    /// <param name="rows">The rows to narrow.</param>
    /// <param name="text">The text column to test.</param>
    /// <param name="pieces">The lower-case pieces; none keeps no row.</param>
    public static IQueryable<T> ContainingAny<T>(this IQueryable<T> rows, Expression<Func<T, string>> text, IEnumerable<string> pieces)
    {
        var lowered = Expression.Call(text.Body, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression any = Expression.Constant(false);
        foreach (var piece in pieces) any = Expression.OrElse(any, Expression.Call(lowered, contains, Expression.Constant(piece)));
        return rows.Where(Expression.Lambda<Func<T, bool>>(any, text.Parameters));
    }
}
