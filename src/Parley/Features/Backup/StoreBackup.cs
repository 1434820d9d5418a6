using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Interchange;
using Parley.Store;

namespace Parley.Features.Backup;

/// <summary>
/// Consistent copies of a live store and their safe return. SQLite uses the online backup API, so a copy taken
/// while `parley serve` writes is still a single moment of the store. PostgreSQL is copied as the JSON export with
/// a SHA-256 checksum beside it.
/// </summary>
public static class StoreBackup
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    public static string ChecksumPath(string backup) => backup + ".sha256";

    /// <summary>Writes the backup; returns a line describing what was written.</summary>
    public static async Task<string> BackupAsync(StoreLocation location, string output, CancellationToken ct = default)
    {
        if (await ParleyStore.IsMissingAsync(location, ct)) throw new UserError($"no store at {location.Display}; nothing to back up");
        if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } dir && !Directory.Exists(dir)) throw new UserError($"the folder {dir} does not exist");
        var temporary = output + ".partial";
        if (location.Provider == StoreProvider.Sqlite)
        {
            File.Delete(temporary);
            await using (var source = new SqliteConnection(location.ConnectionString))
            await using (var target = new SqliteConnection($"Data Source={temporary};Pooling=False"))
            {
                await source.OpenAsync(ct);
                await target.OpenAsync(ct);
                source.BackupDatabase(target);
                // The copy must stand alone: fold its write-ahead log in and leave it in rollback mode.
                await using var command = target.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=DELETE;";
                await command.ExecuteNonQueryAsync(ct);
            }
            File.Move(temporary, output, overwrite: true);
            return $"Backed up {location.Display} to {output} ({new FileInfo(output).Length:N0} bytes, SQLite online backup).";
        }

        await using var db = ParleyStore.Open(location);
        var bytes = await ExportCommand.ExportBytesAsync(db, ct);
        await File.WriteAllBytesAsync(temporary, bytes, ct);
        File.Move(temporary, output, overwrite: true);
        await File.WriteAllTextAsync(ChecksumPath(output), Sha256(bytes) + "\n", ct);
        return $"Backed up {location.Display} to {output} ({bytes.Length:N0} bytes of JSON, checksum in {ChecksumPath(output)}).";
    }

    /// <summary>Checks a backup and brings it back into the store; on any problem the store is left as it was.</summary>
    public static async Task<string> RestoreAsync(string backup, StoreLocation location, CancellationToken ct = default)
    {
        if (!File.Exists(backup)) throw new UserError($"file not found: {backup}");
        var head = new byte[SqliteHeader.Length];
        await using (var file = File.OpenRead(backup)) _ = await file.ReadAsync(head, ct);
        return head.AsSpan().SequenceEqual(SqliteHeader)
            ? await RestoreSqliteAsync(backup, location, ct)
            : await RestoreJsonAsync(backup, location, ct);
    }

    private static async Task<string> RestoreSqliteAsync(string backup, StoreLocation location, CancellationToken ct)
    {
        try
        {
            await CheckSqliteBackupAsync(backup, ct);
        }
        catch (SqliteException e)
        {
            throw new UserError($"{backup} is damaged ({e.Message}); nothing was restored");
        }
        return await RestoreCheckedSqliteAsync(backup, location, ct);
    }

    /// <summary>Refuses a damaged file, a SQLite file that is not a Parley store, and a store from a newer Parley.</summary>
    private static async Task CheckSqliteBackupAsync(string backup, CancellationToken ct)
    {
        await using (var check = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False"))
        {
            await check.OpenAsync(ct);
            await using var integrity = check.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check;";
            var verdict = (string?)await integrity.ExecuteScalarAsync(ct);
            if (verdict != "ok") throw new UserError($"{backup} is damaged ({verdict}); nothing was restored");
            await using var schema = check.CreateCommand();
            schema.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId";
            var applied = new List<string>();
            try
            {
                await using var reader = await schema.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
            }
            catch (SqliteException)
            {
                throw new UserError($"{backup} is a SQLite file but not a Parley store; nothing was restored");
            }
            await using var probe = ParleyStore.Open(StoreLocation.Parse(backup));
            var known = probe.Database.GetMigrations().ToHashSet();
            if (applied.FirstOrDefault(m => !known.Contains(m)) is { } newer)
                throw new UserError($"{backup} was made by a newer Parley (schema {newer}); upgrade Parley first");
        }
    }

    private static async Task<string> RestoreCheckedSqliteAsync(string backup, StoreLocation location, CancellationToken ct)
    {
        if (location.Provider != StoreProvider.Sqlite)
        {
            // A SQLite backup goes into PostgreSQL through the interchange document, checked like any import.
            await using var source = ParleyStore.Open(StoreLocation.Parse(backup));
            var bytes = await ExportCommand.ExportBytesAsync(source, ct);
            return await ImportIntoEmptyAsync(bytes, backup, location, ct);
        }

        await using (var source = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False"))
        await using (var target = new SqliteConnection(location.ConnectionString))
        {
            await source.OpenAsync(ct);
            await target.OpenAsync(ct);
            // The backup API writes the whole target in one step under its lock, so readers see before or after.
            source.BackupDatabase(target);
        }
        await using (var db = ParleyStore.Open(location))
            await ParleyStore.MigrateAsync(db, ct);
        return $"Restored {location.Display} from {backup}.";
    }

    private static async Task<string> RestoreJsonAsync(string backup, StoreLocation location, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(backup, ct);
        var checksumFile = ChecksumPath(backup);
        if (!File.Exists(checksumFile)) throw new UserError($"{checksumFile} is missing: a JSON backup is only restored with its checksum");
        var expected = (await File.ReadAllTextAsync(checksumFile, ct)).Trim().Split(' ')[0];
        if (!string.Equals(expected, Sha256(bytes), StringComparison.OrdinalIgnoreCase))
            throw new UserError($"{backup} does not match its checksum: it was changed or damaged; nothing was restored");
        return await ImportIntoEmptyAsync(bytes, backup, location, ct);
    }

    private static async Task<string> ImportIntoEmptyAsync(byte[] bytes, string backup, StoreLocation location, CancellationToken ct)
    {
        await using var db = ParleyStore.Open(location);
        await ParleyStore.MigrateAsync(db, ct);
        if (await db.Sources.AnyAsync(ct) || await db.Parties.AnyAsync(ct))
            throw new UserError($"{location.Display} already holds records; restore a JSON backup into a new, empty store");
        db.Actor = $"restore:{Environment.UserName}";
        db.Origin = "restore";
        var result = await DocumentImporter.ImportAsync(db, bytes, backup, ct: ct);
        if (!result.Succeeded) throw new UserError($"{backup} does not load: {result.Problems[0]}; nothing was restored");
        return $"Restored {result.TotalAdded} records into {location.Display} from {backup}.";
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

}
