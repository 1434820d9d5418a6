using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Parley.Store;

/// <summary>
/// Rows for one table, gathered in memory and written in one go inside the caller's transaction: one prepared
/// INSERT stepped for every row on SQLite (JSON text for a list, as EF Core stores it), a binary COPY on PostgreSQL. It is the fast path for writes of many
/// thousands of records (the generator); going through the change tracker costs about a millisecond a record.
/// The caller keeps the store consistent: it writes the search entries, links and one audit entry alongside.
/// </summary>
internal sealed class BulkTable(string name, params (string Name, NpgsqlDbType Type)[] columns)
{
    private readonly List<object?[]> _rows = [];

    public string Name => name;

    public void Add(params object?[] values)
    {
        if (values.Length != columns.Length) throw new ArgumentException($"{name} takes {columns.Length} values, not {values.Length}");
        _rows.Add(values);
    }

    public async Task FlushAsync(ParleyDb db, CancellationToken ct)
    {
        if (_rows.Count == 0) return;
        var connection = db.Database.GetDbConnection();
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("bulk writes run inside a transaction");
        if (connection is NpgsqlConnection postgres) await CopyAsync(postgres, ct);
        else Insert((SqliteConnection)connection, ct);
        _rows.Clear();
    }

    /// <summary>
    /// SQLite through its C API, one prepared statement stepped per row with values bound by position: the ADO.NET
    /// layer binds by name and costs several microseconds a row, more than SQLite itself spends storing it.
    /// </summary>
    private void Insert(SqliteConnection connection, CancellationToken ct)
    {
        var handle = connection.Handle!;
        var sql = $"""INSERT INTO "{name}" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})""";
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        using (statement)
        {
            foreach (var row in _rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    var code = row[i] switch
                    {
                        null => raw.sqlite3_bind_null(statement, i + 1),
                        int number => raw.sqlite3_bind_int(statement, i + 1, number),
                        long number => raw.sqlite3_bind_int64(statement, i + 1, number),
                        string text => raw.sqlite3_bind_text(statement, i + 1, text),
                        string[] list => raw.sqlite3_bind_text(statement, i + 1, System.Text.Json.JsonSerializer.Serialize(list)),
                        var other => throw new InvalidOperationException($"{name}: no SQLite binding for {other.GetType().Name}"),
                    };
                    Check(handle, code);
                }
                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE) Check(handle, raw.SQLITE_ERROR);
                raw.sqlite3_reset(statement);
            }
            ct.ThrowIfCancellationRequested();
        }
    }

    private static void Check(sqlite3 handle, int code)
    {
        if (code != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), code);
    }

    private async Task CopyAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"""COPY "{name}" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)""", ct);
        foreach (var row in _rows)
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null) await writer.WriteNullAsync(ct);
                else await writer.WriteAsync(row[i], columns[i].Type, ct);
            }
        }
        await writer.CompleteAsync(ct);
    }

    /// <summary>The id the next row of a table with an "Id" column gets; the caller's transaction holds the write lock.</summary>
    public static Task<long> NextIdAsync(ParleyDb db, string table, CancellationToken ct) =>
        StoreSql.LongAsync(db, $"""SELECT COALESCE(MAX("Id"), 0) + 1 FROM "{table}" """, ct);

    /// <summary>
    /// Before writing explicit ids on PostgreSQL: lock the tables against other writers, and afterwards move each
    /// identity sequence past the ids written, so the next ordinary insert does not collide with them.
    /// </summary>
    public static async Task LockAsync(ParleyDb db, IEnumerable<string> tables, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        foreach (var table in tables) await StoreSql.ExecuteAsync(db, $"""LOCK TABLE "{table}" IN EXCLUSIVE MODE""", ct);
    }

    public static async Task AdvanceIdsAsync(ParleyDb db, IEnumerable<string> tables, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        foreach (var table in tables)
            await StoreSql.ExecuteAsync(db,
                $"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), (SELECT MAX("Id") FROM "{table}"))""", ct);
    }
}
