using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Parley.Store;

/// <summary>
/// SQL run as written on a context's connection, inside its current transaction if there is one: bulk loads, index
/// upkeep and connection settings that EF Core has no words for. Only this code's own names and numbers go into the
/// text, never input.
/// </summary>
internal static class StoreSql
{
    public static async Task ExecuteAsync(ParleyDb db, string sql, CancellationToken ct)
    {
        await using var command = Command(db, sql);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The first column of the first row; null for SQL NULL or no row.</summary>
    public static async Task<object?> ScalarAsync(ParleyDb db, string sql, CancellationToken ct)
    {
        await using var command = Command(db, sql);
        return await command.ExecuteScalarAsync(ct) is var value and not DBNull ? value : null;
    }

    public static async Task<long> LongAsync(ParleyDb db, string sql, CancellationToken ct) =>
        Convert.ToInt64(await ScalarAsync(db, sql, ct), System.Globalization.CultureInfo.InvariantCulture);

    private static System.Data.Common.DbCommand Command(ParleyDb db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }
}
