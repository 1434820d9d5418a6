using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Tests.Features.Fuzz;

/// <summary>
/// The number of rows in every table of the store (records, their links and parts, the audit trail, the search
/// entries): cheap enough to take around each of thousands of refused inputs, and any write shows in it.
/// </summary>
public static class StoreSnapshot
{
    public static async Task<IReadOnlyDictionary<string, long>> TakeAsync(ParleyDb db)
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order().ToList();
        var sql = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}' AS \"Name\", COUNT(*) AS \"Rows\" FROM \"{t}\""));
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) counts[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1));
        return counts;
    }

    /// <summary>The tables whose row count differs, as "table before→after".</summary>
    public static string Difference(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        string.Join(", ", before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => $"{k} {before.GetValueOrDefault(k)}→{after.GetValueOrDefault(k)}"));
}
