using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Parley.Store;

/// <summary>
/// Sets up a SQLite connection for a long run of bulk batches (the generator) and puts it back afterwards, since
/// connections are pooled. A bigger page cache keeps the indexes being appended to in memory. The write-ahead log is
/// copied into the store file (checkpointed) by a second connection on another thread while the next batch is
/// written, instead of by the writer after each commit: the copy is about as much writing as the batch itself.
/// Every batch is still committed to the log, so a crash of the program loses nothing committed. Commits do not wait
/// for the disk (synchronous = NORMAL, SQLite's advice for WAL; the log is synced at each checkpoint instead): a power
/// cut may lose the last batches committed, as stopping the run there would, never the store's consistency. The
/// waits were 2–2.5 s of the ~28 s of 200,000 generated records (busy machine).
/// </summary>
internal sealed class SqliteBulkWrites : IAsyncDisposable
{
    private const int CacheKib = 64 * 1024;

    /// <summary>PRAGMA synchronous = NORMAL.</summary>
    private const long Normal = 1;

    private readonly ParleyDb _db;
    private readonly SqliteConnection _checkpointer;
    private readonly long _cacheSize;
    private readonly long _autocheckpoint;
    private readonly long _synchronous;
    private Task _checkpoint = Task.CompletedTask;

    private SqliteBulkWrites(ParleyDb db, SqliteConnection checkpointer, long cacheSize, long autocheckpoint, long synchronous)
    {
        _synchronous = synchronous;
        _db = db;
        _checkpointer = checkpointer;
        _cacheSize = cacheSize;
        _autocheckpoint = autocheckpoint;
    }

    /// <summary>Null on PostgreSQL, which needs none of this.</summary>
    public static async Task<SqliteBulkWrites?> StartAsync(ParleyDb db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return null;
        await db.Database.OpenConnectionAsync(ct);
        var cacheSize = await PragmaAsync(db, "cache_size", ct);
        var autocheckpoint = await PragmaAsync(db, "wal_autocheckpoint", ct);
        var synchronous = await PragmaAsync(db, "synchronous", ct);
        await SetAsync(db, -CacheKib, 0, Normal, ct);
        var checkpointer = new SqliteConnection(db.Database.GetConnectionString());
        await checkpointer.OpenAsync(ct);
        return new SqliteBulkWrites(db, checkpointer, cacheSize, autocheckpoint, synchronous);
    }

    /// <summary>After a batch is committed: copy the log into the file in the background, unless a copy is still running.</summary>
    public void Committed()
    {
        if (_checkpoint.IsCompleted) _checkpoint = Task.Run(Checkpoint);
    }

    public async ValueTask DisposeAsync()
    {
        await _checkpoint;
        Checkpoint();
        await _checkpointer.DisposeAsync();
        await SetAsync(_db, _cacheSize, _autocheckpoint, _synchronous, CancellationToken.None);
        await _db.Database.CloseConnectionAsync();
    }

    // PASSIVE: copies what no reader still needs and never waits for the writer or readers.
    private void Checkpoint()
    {
        using var command = _checkpointer.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        command.ExecuteNonQuery();
    }

    private static Task SetAsync(ParleyDb db, long cacheSize, long autocheckpoint, long synchronous, CancellationToken ct) =>
        StoreSql.ExecuteAsync(db, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"PRAGMA cache_size = {cacheSize}; PRAGMA wal_autocheckpoint = {autocheckpoint}; PRAGMA synchronous = {synchronous};"), ct);

    private static Task<long> PragmaAsync(ParleyDb db, string name, CancellationToken ct) => StoreSql.LongAsync(db, $"PRAGMA {name};", ct);
}
