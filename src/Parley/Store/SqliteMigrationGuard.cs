using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Parley.Store;

/// <summary>
/// Makes a SQLite schema upgrade safe to kill. EF Core marks "migrating" with a row in __EFMigrationsLock that only a
/// clean finish removes, and waits for it without end: a process killed mid-upgrade left every later start hanging.
/// Parley first takes an operating-system lock on a file beside the store (released by the kernel when its holder dies,
/// however it dies); whoever holds it is the only Parley migrating that store, so a row found then is left over from a
/// killed run and is removed. The lock file stays: deleting it would let two processes lock two different files.
/// </summary>
internal sealed class SqliteMigrationGuard : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);
    private readonly FileStream _lock;

    private SqliteMigrationGuard(FileStream held) => _lock = held;

    public static async Task<SqliteMigrationGuard> AcquireAsync(ParleyDb db, CancellationToken ct)
    {
        var store = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var path = store + "-migrate.lock";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Linux and macOS, a share lock on Windows: either way one holder.
                var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var guard = new SqliteMigrationGuard(held);
                await ClearLeftOverMarkAsync(db, ct);
                return guard;
            }
            catch (IOException) when (waited.Elapsed < Patience)
            {
                await Task.Delay(250, ct);
            }
            catch (IOException)
            {
                throw new UserError($"another parley process has been upgrading {store} for {Patience.TotalMinutes:0} minutes; "
                    + "wait for it to finish, or stop it and run the command again");
            }
        }
    }

    private static async Task ClearLeftOverMarkAsync(ParleyDb db, CancellationToken ct)
    {
        var tables = await db.Database.SqlQueryRaw<string>(
            """SELECT "name" AS "Value" FROM sqlite_master WHERE "type" = 'table' AND "name" = '__EFMigrationsLock'""").ToListAsync(ct);
        if (tables.Count > 0) await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsLock" """, ct);
    }

    public void Dispose() => _lock.Dispose();
}
