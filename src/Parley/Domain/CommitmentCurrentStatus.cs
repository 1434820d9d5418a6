using System.Linq.Expressions;

namespace Parley.Domain;

/// <summary>
/// A commitment's current status, defined once: the status of the latest entry of its history. Undated entries count as
/// oldest, dated ones go by date (a partial date sorts as its text: "2021" before "2021-05"), and entries on the same date
/// in the order they were recorded. <see cref="Expression"/> is the rule as EF Core translates it on SQLite and
/// PostgreSQL alike (it used to differ: PostgreSQL sorts missing dates last where SQLite sorts them first);
/// <see cref="Of"/> and <see cref="Ordered"/> are the same rule compiled, for records in memory.
/// </summary>
public static class CommitmentCurrentStatus
{
    /// <summary>The history in order, oldest first.</summary>
    private static readonly Expression<Func<Commitment, IEnumerable<CommitmentStatusChange>>> InOrder = c =>
        c.History.OrderBy(h => h.Date == null ? 0 : 1).ThenBy(h => h.Date).ThenBy(h => h.Id);

    /// <summary>The current status as a query expression; null when the history is empty.</summary>
    public static readonly Expression<Func<Commitment, CommitmentStatus?>> Expression =
        Compose(InOrder, history => history.Select(h => (CommitmentStatus?)h.Status).LastOrDefault());

    private static readonly Func<Commitment, CommitmentStatus?> Compiled = Expression.Compile();
    private static readonly Func<Commitment, IEnumerable<CommitmentStatusChange>> OrderedCompiled = InOrder.Compile();

    public static CommitmentStatus? Of(Commitment commitment) => Compiled(commitment);

    /// <summary>The history oldest first, in the order <see cref="Of"/> reads it.</summary>
    public static IReadOnlyList<CommitmentStatusChange> Ordered(Commitment commitment) => OrderedCompiled(commitment).ToList();

    /// <summary>The latest entry (its date and note as well as its status); null when the history is empty.</summary>
    public static CommitmentStatusChange? Latest(Commitment commitment) => OrderedCompiled(commitment).LastOrDefault();

    /// <summary>The condition "currently <paramref name="status"/>" for a query.</summary>
    public static Expression<Func<Commitment, bool>> Is(CommitmentStatus status) =>
        System.Linq.Expressions.Expression.Lambda<Func<Commitment, bool>>(
            System.Linq.Expressions.Expression.Equal(Expression.Body, System.Linq.Expressions.Expression.Constant(status, typeof(CommitmentStatus?))),
            Expression.Parameters);

    /// <summary>Statuses after which nothing more is expected: the promise was kept, dropped or lost.</summary>
    public static bool IsSettled(CommitmentStatus? status) =>
        status is CommitmentStatus.Fulfilled or CommitmentStatus.Withdrawn or CommitmentStatus.Lapsed;

    /// <summary>x => then(first(x)), as one expression EF Core can read.</summary>
    private static Expression<Func<Commitment, TResult>> Compose<TMiddle, TResult>(
        Expression<Func<Commitment, TMiddle>> first, Expression<Func<TMiddle, TResult>> then) =>
        System.Linq.Expressions.Expression.Lambda<Func<Commitment, TResult>>(
            new Substitute(then.Parameters[0], first.Body).Visit(then.Body), first.Parameters);

    private sealed class Substitute(ParameterExpression parameter, System.Linq.Expressions.Expression replacement) : ExpressionVisitor
    {
        protected override System.Linq.Expressions.Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
