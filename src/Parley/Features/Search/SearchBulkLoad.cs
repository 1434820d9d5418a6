using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>
/// Indexes many search entries written in one transaction (the generator's batches) in one statement. On SQLite the
/// insert trigger would add each row to the FTS5 index in a statement of its own, and FTS5 writes its pending terms
/// to disk at every statement, so every row became an index segment to merge again later: half or more of the
/// generator's time. Here the trigger is dropped for the batch, the entries written, the index filled by one
/// INSERT … SELECT over them, and the trigger made again, all inside the caller's transaction: a crash rolls back
/// trigger, rows and index together, and other connections never see the store without its trigger. PostgreSQL's
/// generated tsvector column is filled by the row itself; there the GIN index is given room to take the batch at once.
/// </summary>
internal static class SearchBulkLoad
{
    public static async Task WriteAsync(ParleyDb db, long firstId, Func<Task> writeEntries, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("search entries are bulk-loaded inside a transaction");
        if (!db.Database.IsSqlite())
        {
            await WritePostgresAsync(db, writeEntries, ct);
            return;
        }
        // FTS5's automatic merging re-reads and rewrites recent segments after every segment written: for a batch it
        // is switched off (merges still happen once 16 segments pile up at a level, FTS5's 'crisismerge') and put back
        // as it was before the transaction ends. Searches measured as fast either way.
        var automerge = await StoreSql.ScalarAsync(db, """SELECT "v" FROM "SearchIndex_config" WHERE "k" = 'automerge'""", ct);
        await StoreSql.ExecuteAsync(db, """
            DROP TRIGGER "SearchEntries_Inserted";
            INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('automerge', 0);
            """, ct);
        await writeEntries();
        await StoreSql.ExecuteAsync(db, $"""
            {SearchSchema.SqliteIndexFrom(firstId)}
            INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('automerge', {Convert.ToInt32(automerge ?? DefaultAutomerge, CultureInfo.InvariantCulture)});
            {(automerge is null ? """DELETE FROM "SearchIndex_config" WHERE "k" = 'automerge';""" : "")}
            {SearchSchema.SqliteInsertTrigger}
            """, ct);
    }

    /// <summary>
    /// The GIN index first queues new rows in its pending list and moves them into the index when the list outgrows
    /// gin_pending_list_limit (4 MB), sorting them in work_mem (4 MB): many small moves per batch. With both larger for
    /// this transaction (SET LOCAL) the batch is queued and then moved once, in one sort; the list is left empty, as
    /// searches would have to read through it.
    /// </summary>
    private static async Task WritePostgresAsync(ParleyDb db, Func<Task> writeEntries, CancellationToken ct)
    {
        await StoreSql.ExecuteAsync(db, "SET LOCAL work_mem = '256MB'; SET LOCAL gin_pending_list_limit = '128MB';", ct);
        await writeEntries();
        await StoreSql.ScalarAsync(db, """SELECT gin_clean_pending_list('"IX_SearchEntries_Vector"')""", ct);
    }

    /// <summary>
    /// Before a long bulk load (the generator's), PostgreSQL: the RUM ranking index is dropped, to be built again by
    /// <see cref="FinishAsync"/> in one pass. RUM has no pending list: every row written updates its posting trees,
    /// and 100,000 generated records took 95 s with it in place against 28 s without (load ~25). A run that dies
    /// in between leaves search ranking without it (slower, same results) until the next start makes it again.
    /// </summary>
    public static Task BeginAsync(ParleyDb db, CancellationToken ct) =>
        db.Database.IsSqlite() ? Task.CompletedTask : OnConnectionAsync(db, $"""DROP INDEX IF EXISTS "{SearchRankIndex.IndexName}" """, ct);

    /// <summary>
    /// After a bulk load, PostgreSQL: the ranking index built again when the server can. The planner's statistics of
    /// the entries are read afresh by the caller (the generator's StoreStatistics.RefreshAsync, for every table at
    /// once; making the index reads them too): reading them here as well took a third time.
    /// </summary>
    public static async Task FinishAsync(ParleyDb db, CancellationToken ct)
    {
        if (db.Database.IsSqlite()) return;
        await SearchRankIndex.EnsureAsync(db, ct);
    }

    private static async Task OnConnectionAsync(ParleyDb db, string sql, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await StoreSql.ExecuteAsync(db, sql, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>FTS5's documented default, in force while the store has no setting of its own.</summary>
    private const int DefaultAutomerge = 4;
}
