using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Parley.Domain;

namespace Parley.Features.Records;

/// <summary>A filter of a kind's list, sent as ?name=value so a filtered list has a stable URL.</summary>
public sealed class ListFilter<T>(string name, string label, Func<FormContext, IReadOnlyList<T>, Task<IReadOnlyList<Choice>>> choices, Func<T, string, bool> matches) where T : class
{
    /// <summary>The same filter as a database condition, for kinds too large to filter in memory; null when it has none.</summary>
    public Func<IQueryable<T>, string, IQueryable<T>>? InDatabase { get; init; }

    /// <summary>
    /// How many of the given records each choice holds, counted by the database (one grouped query), for the counts
    /// beside a large list's choices; null when the filter has no database form.
    /// </summary>
    public Func<IQueryable<T>, CancellationToken, Task<Dictionary<string, int>>>? CountInDatabase { get; init; }

    public string Name => name;
    public string Label => label;
    public Task<IReadOnlyList<Choice>> ChoicesAsync(FormContext context, IReadOnlyList<T> records) => choices(context, records);
    public bool Matches(T record, string value) => matches(record, value);

    /// <summary>Records linked to the chosen record of another kind (a channel, a party, an issue area).</summary>
    public static ListFilter<T> Link<TTarget>(string name, string label, Func<T, IEnumerable<TTarget?>> links) where TTarget : class, IKeyed =>
        new(name, label, async (context, _) => await context.ChoicesAsync<TTarget>(),
            (record, key) => links(record).Any(t => t?.Key == key));

    /// <summary>Records linking to the chosen record among several (issue areas), in memory or in the database.</summary>
    public static ListFilter<T> Many<TTarget>(string name, string label, Expression<Func<T, IEnumerable<TTarget>>> links) where TTarget : class, IKeyed
    {
        var compiled = links.Compile();
        return new(name, label, async (context, _) => await context.ChoicesAsync<TTarget>(), (record, key) => compiled(record).Any(t => t.Key == key))
        {
            // record => record.Links.Any(t => t.Key == key)
            InDatabase = (records, key) =>
            {
                var target = Expression.Parameter(typeof(TTarget), "t");
                var isKey = Expression.Lambda<Func<TTarget, bool>>(
                    Expression.Equal(Expression.Property(target, nameof(IKeyed.Key)), Expression.Constant(key)), target);
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TTarget)], links.Body, isKey);
                return records.Where(Expression.Lambda<Func<T, bool>>(any, links.Parameters));
            },
            CountInDatabase = (records, ct) => FacetCounts.ByAsync(records.SelectMany(links), KeyOf<TTarget, TTarget>(t => t), k => k, ct),
        };
    }

    public static ListFilter<T> One<TTarget>(string name, string label, Expression<Func<T, TTarget?>> link) where TTarget : class, IKeyed
    {
        var compiled = link.Compile();
        return new(name, label, async (context, _) => await context.ChoicesAsync<TTarget>(), (record, key) => compiled(record)?.Key == key)
        {
            // record => record.Link.Key == key
            InDatabase = (records, key) => records.Where(Expression.Lambda<Func<T, bool>>(
                Expression.Equal(Expression.Property(link.Body, nameof(IKeyed.Key)), Expression.Constant(key)), link.Parameters)),
            CountInDatabase = (records, ct) => FacetCounts.ByAsync(records, KeyOf<T, TTarget>(link), k => k, ct),
        };
    }

    public static ListFilter<T> Enum<TEnum>(string name, string label, Expression<Func<T, TEnum>> value) where TEnum : struct, System.Enum
    {
        var compiled = value.Compile();
        return new(name, label, (_, _) => Task.FromResult<IReadOnlyList<Choice>>(System.Enum.GetValues<TEnum>().Select(v => Choice.Of(v)).ToList()),
            (record, chosen) => string.Equals(compiled(record).ToString(), chosen, StringComparison.OrdinalIgnoreCase))
        {
            // A value that is not a member matches nothing, as in memory.
            InDatabase = (records, chosen) => System.Enum.TryParse<TEnum>(chosen, ignoreCase: true, out var member)
                ? records.Where(Expression.Lambda<Func<T, bool>>(Expression.Equal(value.Body, Expression.Constant(member)), value.Parameters))
                : records.Where(_ => false),
            CountInDatabase = (records, ct) => FacetCounts.ByAsync(records, value, v => v.ToString(), ct),
        };
    }

    /// <summary>
    /// An enumeration computed from the record by a rule EF Core can translate (such as a commitment's current status):
    /// the same expression filters in memory (compiled) and in the database. A record without a value matches no choice.
    /// </summary>
    public static ListFilter<T> Computed<TEnum>(string name, string label, Expression<Func<T, TEnum?>> value) where TEnum : struct, System.Enum
    {
        var compiled = value.Compile();
        return new(name, label, (_, _) => Task.FromResult<IReadOnlyList<Choice>>(System.Enum.GetValues<TEnum>().Select(v => Choice.Of(v)).ToList()),
            (record, chosen) => compiled(record) is { } v && string.Equals(v.ToString(), chosen, StringComparison.OrdinalIgnoreCase))
        {
            InDatabase = (records, chosen) => System.Enum.TryParse<TEnum>(chosen, ignoreCase: true, out var member)
                ? records.Where(Expression.Lambda<Func<T, bool>>(Expression.Equal(value.Body, Expression.Constant(member, typeof(TEnum?))), value.Parameters))
                : records.Where(_ => false),
            CountInDatabase = (records, ct) => FacetCounts.ByAsync(records, value, v => v?.ToString(), ct),
        };
    }

    /// <summary>Records of a year; the choices are the years the records hold.</summary>
    public static ListFilter<T> Year(Func<T, int?> year, string label = "Year") =>
        new("year", label, (_, records) => Task.FromResult<IReadOnlyList<Choice>>(records.Select(year).OfType<int>().Distinct().OrderDescending()
                .Select(y => new Choice(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList()),
            (record, chosen) => year(record)?.ToString(System.Globalization.CultureInfo.InvariantCulture) == chosen);

    /// <summary>Records of a year of a date the database holds: filtered there, the choices being the years stored.</summary>
    public static ListFilter<T> YearOf(Expression<Func<T, PartialDate?>> date, string label = "Year")
    {
        var compiled = date.Compile();
        return new("year", label, async (context, _) =>
            {
                var dates = await context.Db.Set<T>().Select(date).Distinct().ToListAsync(context.Ct);
                return dates.OfType<PartialDate>().Select(d => d.Year).Distinct().OrderDescending()
                    .Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))).ToList();
            },
            (record, chosen) => compiled(record)?.Year.ToString(CultureInfo.InvariantCulture) == chosen)
        {
            // A year that is not a number matches nothing, as in memory.
            InDatabase = (records, chosen) => int.TryParse(chosen, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 9999
                ? records.Where(Expression.Lambda<Func<T, bool>>(Expression.AndAlso(
                    Expression.GreaterThanOrEqual(date.Body, Expression.Constant(new PartialDate(year), typeof(PartialDate?))),
                    Expression.LessThan(date.Body, Expression.Constant(new PartialDate(year + 1), typeof(PartialDate?)))), date.Parameters))
                : records.Where(_ => false),
            // Grouped by date (few distinct values), then summed per year here: a year is not a column.
            CountInDatabase = (records, ct) => FacetCounts.ByAsync(records, date, d => d?.Year.ToString(CultureInfo.InvariantCulture), ct),
        };
    }

    /// <summary>Records whose whole number (a UN review cycle) is the chosen one; the choices are the numbers stored.</summary>
    public static ListFilter<T> Number(string name, string label, Expression<Func<T, int?>> value)
    {
        var compiled = value.Compile();
        return new(name, label, async (context, _) =>
            (await context.Db.Set<T>().Select(value).Where(v => v != null).Distinct().ToListAsync(context.Ct)).OfType<int>().Order()
                .Select(n => new Choice(n.ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.CurrentCulture))).ToList(),
            (record, chosen) => compiled(record)?.ToString(CultureInfo.InvariantCulture) == chosen)
        {
            // A choice that is not a number matches nothing, as in memory.
            InDatabase = (records, chosen) => int.TryParse(chosen, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? records.Where(Expression.Lambda<Func<T, bool>>(Expression.Equal(value.Body, Expression.Constant(number, typeof(int?))), value.Parameters))
                : records.Where(_ => false),
            CountInDatabase = (records, ct) => FacetCounts.ByAsync(records, value, v => v?.ToString(CultureInfo.InvariantCulture), ct),
        };
    }

    /// <summary>
    /// Records linked to the chosen record by either of two links (a recommendation from or to a party), in memory or in
    /// the database; counted as those of the first plus those of the second, less those linking to it both ways.
    /// </summary>
    public static ListFilter<T> Either<TTarget>(string name, string label, Expression<Func<T, TTarget?>> first, Expression<Func<T, TTarget?>> second)
        where TTarget : class, IKeyed
    {
        var (one, other) = (first.Compile(), second.Compile());
        var firstKey = KeyOf<T, TTarget>(first);
        var parameter = firstKey.Parameters[0];
        // Both keys over one record parameter, so they combine in one condition.
        var secondKey = ReplacingExpressionVisitor.Replace(second.Parameters[0], parameter, KeyOf<T, TTarget>(second).Body);
        return new(name, label, async (context, _) => await context.ChoicesAsync<TTarget>(), (record, key) => one(record)?.Key == key || other(record)?.Key == key)
        {
            InDatabase = (records, key) => records.Where(Expression.Lambda<Func<T, bool>>(Expression.OrElse(
                Expression.Equal(firstKey.Body, Expression.Constant(key)), Expression.Equal(secondKey, Expression.Constant(key))), parameter)),
            CountInDatabase = async (records, ct) =>
            {
                var counts = await FacetCounts.ByAsync(records, firstKey, k => k, ct);
                foreach (var (key, count) in await FacetCounts.ByAsync(records, Expression.Lambda<Func<T, string>>(secondKey, parameter), k => k, ct))
                    counts[key] = counts.GetValueOrDefault(key) + count;
                var both = records.Where(Expression.Lambda<Func<T, bool>>(Expression.Equal(firstKey.Body, secondKey), parameter));
                foreach (var (key, count) in await FacetCounts.ByAsync(both, firstKey, k => k, ct)) counts[key] -= count;
                return counts;
            },
        };
    }

    /// <summary>record => record.Link.Key, from record => record.Link.</summary>
    private static Expression<Func<TRecord, string>> KeyOf<TRecord, TTarget>(Expression<Func<TRecord, TTarget?>> link) where TTarget : class, IKeyed =>
        Expression.Lambda<Func<TRecord, string>>(Expression.Property(link.Body, nameof(IKeyed.Key)), link.Parameters);

}
