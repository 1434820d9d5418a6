using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Backup;

/// <summary>
/// Brings a checked SQLite backup (already copied and brought to today's schema) back into a SQLite store.
/// A restore brings back records; what belongs to the store's own life goes on: accounts, roles, case access, sessions
/// and access tokens (so nothing revoked since the backup comes back), and the audit trail (a restore never erases
/// history; it adds one entry). Everything happens in one transaction on the live store: a server reading it sees the
/// store before or after, and a failure or a kill leaves it as it was.
/// </summary>
internal static class SqliteRestore
{
    /// <summary>Replaces every record table of <paramref name="target"/> with the copy's, in one transaction.</summary>
    public static async Task ReplaceRecordsAsync(ParleyDb target, string copy, AuditEntry restoreEntry, CancellationToken ct)
    {
        var kept = KeptTables(target.Model);
        // Foreign keys off for this connection: deleting a parent must not cascade into children already copied.
        await using var connection = new SqliteConnection($"{target.Database.GetConnectionString()};Foreign Keys=False;Pooling=False;Default Timeout=60");
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, null, "ATTACH DATABASE $copy AS restored", ct, ("$copy", copy));
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            // Ordinary tables only: the search index's virtual table and its shadow tables follow SearchEntries through
            // its triggers, so they stay consistent with the rows copied.
            var tables = await ListAsync(connection, transaction,
                "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '\\_\\_EF%' ESCAPE '\\'", ct);
            foreach (var table in tables.Where(t => !kept.Contains(t)))
            {
                var columns = await ListAsync(connection, transaction, $"SELECT name FROM pragma_table_info('{table}', 'main')", ct);
                var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
                // Names from the store's own schema, never from input.
                await ExecuteAsync(connection, transaction, $"DELETE FROM main.\"{table}\"", ct);
                await ExecuteAsync(connection, transaction, $"INSERT INTO main.\"{table}\" ({list}) SELECT {list} FROM restored.\"{table}\"", ct);
            }
            await AddAuditEntryAsync(connection, transaction, restoreEntry, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await ExecuteAsync(connection, null, "DETACH DATABASE restored", CancellationToken.None);
        }
    }

    /// <summary>
    /// For a store made from the backup alone (none existed): its accounts come from the backup, but what was revoked
    /// after the backup cannot be known, so every access token in it is revoked and every account's security stamp renewed
    /// (browsers signed in with it are signed out within a minute). People sign in again and make new tokens.
    /// </summary>
    public static async Task RevokeEverySignInAsync(string copy, AuditEntry restoreEntry, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        await connection.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, transaction, "UPDATE AccessTokens SET RevokedAt = $now WHERE RevokedAt IS NULL", ct, ("$now", restoreEntry.At));
        await ExecuteAsync(connection, transaction, "UPDATE AspNetUsers SET SecurityStamp = upper(hex(randomblob(16))), ConcurrencyStamp = lower(hex(randomblob(16)))", ct);
        await AddAuditEntryAsync(connection, transaction, restoreEntry, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// The tables a restore leaves alone, read from the EF model: Identity's (users, roles, claims, logins), any table that
    /// belongs to an account (a foreign key to the user: access tokens, sessions), and the audit trail.
    /// </summary>
    private static HashSet<string> KeptTables(Microsoft.EntityFrameworkCore.Metadata.IModel model)
    {
        var user = model.FindEntityType(typeof(ParleyUser))!;
        return model.GetEntityTypes()
            .Where(e => e == user
                || e.ClrType == typeof(AuditEntry)
                || e.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true
                || e.GetForeignKeys().Any(f => f.PrincipalEntityType == user))
            .Select(e => e.GetTableName())
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    private static async Task AddAuditEntryAsync(SqliteConnection connection, SqliteTransaction transaction, AuditEntry entry, CancellationToken ct) =>
        await ExecuteAsync(connection, transaction,
            "INSERT INTO AuditEntries (At, Actor, Action, Kind, RecordKey, Before, After, Origin) VALUES ($at, $actor, $action, $kind, $key, NULL, $after, $origin)", ct,
            ("$at", entry.At), ("$actor", entry.Actor), ("$action", entry.Action.ToString()), ("$kind", entry.Kind),
            ("$key", entry.RecordKey), ("$after", entry.After), ("$origin", entry.Origin));

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<string>> ListAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        return names;
    }
}
