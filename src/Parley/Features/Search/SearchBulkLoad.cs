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
    /// After a bulk load (PostgreSQL): the planner's statistics of the search entries read afresh. Without them it plans
    /// a million-row store with the figures of the empty one (autovacuum catches up only later), and picks a sequential
    /// scan or a sort of every match where the text index answers in order. ~1 s at a million entries (a sample).
    /// </summary>
    public static async Task AnalyzeAsync(ParleyDb db, CancellationToken ct)
    {
        if (db.Database.IsSqlite()) return;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await StoreSql.ExecuteAsync(db, """ANALYZE "SearchEntries" """, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>FTS5's documented default, in force while the store has no setting of its own.</summary>
    private const int DefaultAutomerge = 4;
}
