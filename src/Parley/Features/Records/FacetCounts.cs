using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Parley.Features.Records;

/// <summary>The counts beside a list's filter choices, counted by the database in one grouped query per filter.</summary>
public static class FacetCounts
{
    /// <summary>How many records hold each value, by the value's text in the filter's choices (values without text are left out).</summary>
    public static async Task<Dictionary<string, int>> ByAsync<TRecord, TValue>(IQueryable<TRecord> records, Expression<Func<TRecord, TValue>> value,
        Func<TValue, string?> text, CancellationToken ct)
    {
        var groups = await records.GroupBy(value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groups)
            if (text(group.Key) is { } shown) counts[shown] = counts.GetValueOrDefault(shown) + group.Count;
        return counts;
    }
}
