using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Parley.Domain;
using Parley.Features.Accounts;

namespace Parley.Features.Api;

/// <summary>Text search and sorting for any kind, from the model: every text column is searched, every plain column sorts.</summary>
internal static class RecordListing
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>Records any of whose text fields contains <paramref name="text"/>, ignoring case.</summary>
    public static IQueryable<T> Search<T>(IQueryable<T> query, IEntityType type, string text) where T : class
    {
        var x = Expression.Parameter(typeof(T), "x");
        // A captured value becomes a query parameter rather than SQL text.
        var needle = Expression.Property(Expression.Constant(new Needle(text.ToLowerInvariant())), nameof(Needle.Value));
        Expression? any = null;
        foreach (var property in TextProperties(type))
        {
            var member = Expression.Property(x, property.PropertyInfo!);
            var match = Expression.AndAlso(
                Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
                Expression.Call(Expression.Call(member, ToLower), Contains, needle));
            any = any is null ? match : Expression.OrElse(any, match);
        }
        return any is null ? query : query.Where(Expression.Lambda<Func<T, bool>>(any, x));
    }

    /// <summary>
    /// Of the records <paramref name="matched"/> (found by <see cref="Search"/>), those whose text still contains
    /// <paramref name="text"/> once names are withheld: a reader without case access finds no record by a withheld
    /// name, so the list cannot be used to rebuild one letter by letter from what it finds.
    /// </summary>
    public static async Task<IQueryable<T>> StillMatchingAsync<T>(IQueryable<T> matched, IEntityType type, string text, Withholding withholding,
        CancellationToken ct) where T : class, IKeyed
    {
        if (withholding.IsNone) return matched;
        var x = Expression.Parameter(typeof(T), "x");
        var texts = Expression.NewArrayInit(typeof(string),
            TextProperties(type).Select(p => (Expression)Expression.Property(x, p.PropertyInfo!)));
        var candidate = Expression.Lambda<Func<T, Candidate>>(
            Expression.New(typeof(Candidate).GetConstructors()[0], Expression.Property(x, nameof(IKeyed.Id)), texts), x);
        var needle = text.ToLowerInvariant();
        var kept = new List<int>();
        await foreach (var found in matched.Select(candidate).AsAsyncEnumerable().WithCancellation(ct))
            if (found.Texts.Any(t => t is not null && withholding.Text(t).ToLowerInvariant().Contains(needle, StringComparison.Ordinal))) kept.Add(found.Id);
        return matched.Where(r => kept.Contains(r.Id));
    }

    private sealed record Candidate(int Id, string?[] Texts);

    private static IEnumerable<IProperty> TextProperties(IEntityType type) =>
        type.GetProperties().Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null);

    /// <summary>Sorts by a field name ("title", "-date" for descending), then by key so pages never overlap.</summary>
    public static IOrderedQueryable<T> Sort<T>(IQueryable<T> query, IEntityType type, string? sort) where T : class, IKeyed
    {
        if (string.IsNullOrWhiteSpace(sort) || sort.Trim() is "key" or "+key") return query.OrderBy(r => r.Key);
        if (sort.Trim() == "-key") return query.OrderByDescending(r => r.Key);
        var descending = sort.StartsWith('-');
        var name = sort.TrimStart('-', '+').Trim();
        var sortable = Sortable(type).ToList();
        var property = sortable.FirstOrDefault(p => p.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? throw new BadFilter($"cannot sort by '{name}'; use one of: key, {string.Join(", ", sortable.Where(p => p != "key"))} (prefix '-' for descending)");
        var ordered = descending
            ? query.OrderByDescending(r => EF.Property<object>(r, Pascal(property)))
            : query.OrderBy(r => EF.Property<object>(r, Pascal(property)));
        return ordered.ThenBy(r => r.Key);
    }

    /// <summary>The plain columns of a kind, camel-cased as in the documents.</summary>
    public static IEnumerable<string> Sortable(IEntityType type) =>
        type.GetProperties()
            .Where(p => p.PropertyInfo is not null && !p.IsPrimaryKey() && !p.IsForeignKey() && !p.IsPrimitiveCollection)
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private sealed record Needle(string Value);
}
