using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Interchange;
using Parley.Features.Stats;
using Parley.Store;

namespace Parley.Features.Backup;

/// <summary>
/// Consistent copies of a live store and their checked return. SQLite uses the online backup API, so a copy taken
/// while `parley serve` writes is still a single moment of the store. PostgreSQL is copied as the JSON export. Either
/// way a <see cref="BackupManifest"/> is written beside the copy, and a restore refuses a copy that does not match it.
/// </summary>
public static class StoreBackup
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Writes the backup and its manifest (signed when <paramref name="secret"/> is given); returns a line describing them.</summary>
    public static async Task<string> BackupAsync(StoreLocation location, string output, string? secret, CancellationToken ct = default)
    {
        if (await ParleyStore.IsMissingAsync(location, ct)) throw new UserError($"no store at {location.Display}; nothing to back up");
        if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } dir && !Directory.Exists(dir)) throw new UserError($"the folder {dir} does not exist");
        var temporary = output + ".partial";
        // A manifest left from an earlier backup at this path must not vouch for the new file, even if this run is killed.
        File.Delete(BackupManifest.PathFor(output));
        BackupManifest manifest;
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
            var (schema, counts) = await DescribeSqliteAsync(temporary, ct);
            File.Move(temporary, output, overwrite: true);
            manifest = new(Path.GetFileName(output), BackupManifest.SqliteFormat, BackupManifest.Sha256Of(output),
                new FileInfo(output).Length, schema, DateTimeOffset.UtcNow, counts);
        }
        else
        {
            await using var db = ParleyStore.Open(location);
            var schema = await ParleyStore.SchemaVersionAsync(db, ct) ?? "";
            var bytes = await BackupDocument.BytesAsync(db, ct);
            await File.WriteAllBytesAsync(temporary, bytes, ct);
            File.Move(temporary, output, overwrite: true);
            manifest = new(Path.GetFileName(output), BackupManifest.JsonFormat, BackupManifest.Sha256Of(output),
                bytes.Length, schema, DateTimeOffset.UtcNow, CountJson(bytes));
        }
        await manifest.WriteAsync(output, secret, ct);
        var how = manifest.Format == BackupManifest.SqliteFormat ? "SQLite online backup" : "JSON";
        return $"Backed up {location.Display} to {output} ({manifest.Bytes:N0} bytes, {how}, {manifest.Counts.Values.Sum():N0} records); " +
            $"manifest{(secret is null ? "" : " (signed)")} in {BackupManifest.PathFor(output)}.";
    }

    /// <summary>Checks a backup against its manifest and brings it back into the store; on any problem the store is left as it was.</summary>
    public static async Task<string> RestoreAsync(string backup, StoreLocation location, string? secret, CancellationToken ct = default)
    {
        if (!File.Exists(backup)) throw new UserError($"file not found: {backup}");
        var manifest = await BackupManifest.ReadCheckedAsync(backup, secret, ct);
        var head = new byte[SqliteHeader.Length];
        await using (var file = File.OpenRead(backup)) _ = await file.ReadAsync(head, ct);
        var isSqlite = head.AsSpan().SequenceEqual(SqliteHeader);
        if (isSqlite != (manifest.Format == BackupManifest.SqliteFormat))
            throw new UserError($"{backup} is not the {manifest.Format} backup its manifest describes; nothing was restored");
        var restoreEntry = RestoreEntry(backup, manifest);
        return isSqlite
            ? await RestoreSqliteAsync(backup, manifest, restoreEntry, location, ct)
            : await ImportIntoEmptyAsync(await File.ReadAllBytesAsync(backup, ct), backup, location, ct);
    }

    private static async Task<string> RestoreSqliteAsync(string backup, BackupManifest manifest, AuditEntry restoreEntry, StoreLocation location, CancellationToken ct)
    {
        try
        {
            await CheckSqliteBackupAsync(backup, manifest, ct);
        }
        catch (SqliteException e)
        {
            throw new UserError($"{backup} is damaged ({e.Message}); nothing was restored");
        }
        if (location.Provider != StoreProvider.Sqlite)
        {
            // A SQLite backup goes into PostgreSQL through the interchange document, checked like any import.
            byte[] bytes;
            await using (var source = ParleyStore.Open(StoreLocation.Parse(backup)))
                bytes = await BackupDocument.BytesAsync(source, ct);
            SqliteConnection.ClearAllPools();
            return await ImportIntoEmptyAsync(bytes, backup, location, ct);
        }

        // The backup is copied and brought to today's schema beside the store, so the store is touched only once, at the end.
        var work = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(location.Display)!, $".parley-restore-{Guid.NewGuid():N}")).FullName;
        try
        {
            var copy = Path.Combine(work, "restoring.db");
            File.Copy(backup, copy);
            await using (var db = ParleyStore.Open(StoreLocation.Parse(copy)))
            {
                await ParleyStore.MigrateAsync(db, ct);
                var counts = (await StoreCounts.QueryAsync(db, ct)).ToDictionary(c => c.Kind, c => c.Count);
                if (manifest.Counts.FirstOrDefault(c => counts.GetValueOrDefault(c.Key) != c.Value) is { Key: not null } lost)
                    throw new UserError($"{backup} holds {counts.GetValueOrDefault(lost.Key)} {lost.Key}, its manifest says {lost.Value}; nothing was restored");
            }
            SqliteConnection.ClearAllPools();

            if (await ParleyStore.IsMissingAsync(location, ct))
            {
                await SqliteRestore.RevokeEverySignInAsync(copy, restoreEntry, ct);
                await using (var source = new SqliteConnection($"Data Source={copy};Pooling=False"))
                await using (var target = new SqliteConnection(location.ConnectionString))
                {
                    await source.OpenAsync(ct);
                    await target.OpenAsync(ct);
                    source.BackupDatabase(target);
                }
                await using (var created = ParleyStore.Open(location))
                    await ParleyStore.MigrateAsync(created, ct);
                return $"Restored {location.Display} from {backup} ({manifest.Describe()}). The store is new, so every access " +
                    "token in the backup is revoked and everyone signs in again.";
            }

            await using (var db = ParleyStore.Open(location))
            {
                await ParleyStore.MigrateAsync(db, ct);
                await SqliteRestore.ReplaceRecordsAsync(db, copy, restoreEntry, ct);
            }
            return $"Restored {location.Display} from {backup} ({manifest.Describe()}); accounts, tokens and the audit trail kept as they were.";
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Refuses a damaged file, a SQLite file that is not a Parley store, a store from a newer Parley, and a schema the manifest does not name.</summary>
    private static async Task CheckSqliteBackupAsync(string backup, BackupManifest manifest, CancellationToken ct)
    {
        await using var check = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False");
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
        if (applied.LastOrDefault() != manifest.Schema)
            throw new UserError($"{backup} has schema {applied.LastOrDefault()}, its manifest says {manifest.Schema}; nothing was restored");
    }

    private static async Task<(string Schema, Dictionary<string, int> Counts)> DescribeSqliteAsync(string file, CancellationToken ct)
    {
        try
        {
            await using var db = ParleyStore.Open(StoreLocation.Parse(file));
            var schema = await ParleyStore.SchemaVersionAsync(db, ct) ?? "";
            return (schema, (await StoreCounts.QueryAsync(db, ct)).ToDictionary(c => c.Kind, c => c.Count));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Records per kind in an export document: the length of each of its lists.</summary>
    private static Dictionary<string, int> CountJson(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Array)
            .ToDictionary(p => p.Name, p => p.Value.GetArrayLength());
    }

    private static AuditEntry RestoreEntry(string backup, BackupManifest manifest) => new()
    {
        At = DateTimeOffset.UtcNow,
        Actor = $"restore:{Environment.UserName}",
        Origin = "restore",
        Action = AuditAction.Update,
        Kind = "Store",
        RecordKey = Path.GetFileName(backup),
        After = JsonSerializer.Serialize(new { RestoredFrom = Path.GetFullPath(backup), manifest.MadeAt, manifest.Sha256, manifest.Schema, manifest.Counts }),
    };

    private static async Task<string> ImportIntoEmptyAsync(byte[] bytes, string backup, StoreLocation location, CancellationToken ct)
    {
        await using var db = ParleyStore.Open(location);
        await ParleyStore.MigrateAsync(db, ct);
        if (await db.Sources.AnyAsync(ct) || await db.Parties.AnyAsync(ct))
            throw new UserError($"{location.Display} already holds records; restore a JSON backup into a new, empty store");
        db.Actor = $"restore:{Environment.UserName}";
        db.Origin = "restore";
        var (document, views) = BackupDocument.Split(bytes);
        // The records and the saved views come back together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await DocumentImporter.ImportAsync(db, document, backup, ct: ct);
        if (!result.Succeeded) throw new UserError($"{backup} does not load: {result.Problems[0]}; nothing was restored");
        BackupDocument.AddViews(db, views);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return $"Restored {result.TotalAdded} records and {views.Count} saved views into {location.Display} from {backup}.";
    }
}
