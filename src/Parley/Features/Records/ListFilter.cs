using System.Linq.Expressions;
using Parley.Domain;

namespace Parley.Features.Records;

/// <summary>A filter of a kind's list, sent as ?name=value so a filtered list has a stable URL.</summary>
public sealed class ListFilter<T>(string name, string label, Func<FormContext, IReadOnlyList<T>, Task<IReadOnlyList<Choice>>> choices, Func<T, string, bool> matches)
{
    /// <summary>The same filter as a database condition, for kinds too large to filter in memory; null when it has none.</summary>
    public Func<IQueryable<T>, string, IQueryable<T>>? InDatabase { get; init; }

    public string Name => name;
    public string Label => label;
    public Task<IReadOnlyList<Choice>> ChoicesAsync(FormContext context, IReadOnlyList<T> records) => choices(context, records);
    public bool Matches(T record, string value) => matches(record, value);

    /// <summary>Records linked to the chosen record of another kind (a channel, a party, an issue area).</summary>
    public static ListFilter<T> Link<TTarget>(string name, string label, Func<T, IEnumerable<TTarget?>> links) where TTarget : class, IKeyed =>
        new(name, label, async (context, _) => await context.ChoicesAsync<TTarget>(),
            (record, key) => links(record).Any(t => t?.Key == key));

    public static ListFilter<T> One<TTarget>(string name, string label, Expression<Func<T, TTarget?>> link) where TTarget : class, IKeyed
    {
        var compiled = link.Compile();
        return new(name, label, async (context, _) => await context.ChoicesAsync<TTarget>(), (record, key) => compiled(record)?.Key == key)
        {
            // record => record.Link.Key == key
            InDatabase = (records, key) => records.Where(Expression.Lambda<Func<T, bool>>(
                Expression.Equal(Expression.Property(link.Body, nameof(IKeyed.Key)), Expression.Constant(key)), link.Parameters)),
        };
    }

    public static ListFilter<T> Enum<TEnum>(string name, string label, Expression<Func<T, TEnum>> value) where TEnum : struct, System.Enum
    {
        var compiled = value.Compile();
        return new(name, label, (_, _) => Task.FromResult<IReadOnlyList<Choice>>(System.Enum.GetValues<TEnum>().Select(v => new Choice(v.ToString(), EnumText.Of(v))).ToList()),
            (record, chosen) => string.Equals(compiled(record).ToString(), chosen, StringComparison.OrdinalIgnoreCase))
        {
            // A value that is not a member matches nothing, as in memory.
            InDatabase = (records, chosen) => System.Enum.TryParse<TEnum>(chosen, ignoreCase: true, out var member)
                ? records.Where(Expression.Lambda<Func<T, bool>>(Expression.Equal(value.Body, Expression.Constant(member)), value.Parameters))
                : records.Where(_ => false),
        };
    }

    /// <summary>
    /// An enumeration computed from the record by a rule EF Core can translate (such as a commitment's current status):
    /// the same expression filters in memory (compiled) and in the database. A record without a value matches no choice.
    /// </summary>
    public static ListFilter<T> Computed<TEnum>(string name, string label, Expression<Func<T, TEnum?>> value) where TEnum : struct, System.Enum
    {
        var compiled = value.Compile();
        return new(name, label, (_, _) => Task.FromResult<IReadOnlyList<Choice>>(System.Enum.GetValues<TEnum>().Select(v => new Choice(v.ToString(), EnumText.Of(v))).ToList()),
            (record, chosen) => compiled(record) is { } v && string.Equals(v.ToString(), chosen, StringComparison.OrdinalIgnoreCase))
        {
            InDatabase = (records, chosen) => System.Enum.TryParse<TEnum>(chosen, ignoreCase: true, out var member)
                ? records.Where(Expression.Lambda<Func<T, bool>>(Expression.Equal(value.Body, Expression.Constant(member, typeof(TEnum?))), value.Parameters))
                : records.Where(_ => false),
        };
    }

    /// <summary>Records of a year; the choices are the years the records hold.</summary>
    public static ListFilter<T> Year(Func<T, int?> year, string label = "Year") =>
        new("year", label, (_, records) => Task.FromResult<IReadOnlyList<Choice>>(records.Select(year).OfType<int>().Distinct().OrderDescending()
                .Select(y => new Choice(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList()),
            (record, chosen) => year(record)?.ToString(System.Globalization.CultureInfo.InvariantCulture) == chosen);
}
