using Microsoft.EntityFrameworkCore;

namespace Parley.Store;

/// <summary>
/// Refreshes the statistics the query planner chooses plans by, after a bulk load. Without them SQLite plans every
/// query as if each table held a million rows and each index were equally selective (one such plan had to be
/// worked around by hand in the inbound-recommendations query), and PostgreSQL plans a freshly loaded table with the
/// figures of the empty one until autovacuum catches up.
/// </summary>
internal static class StoreStatistics
{
    /// <summary>
    /// SQLite: ANALYZE reading at most about this many rows of each index (analysis_limit), so that it takes
    /// milliseconds at any size; the estimates it gives are what the planner needs.
    /// </summary>
    private const int SqliteAnalysisLimit = 1000;

    public static async Task RefreshAsync(ParleyDb db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await StoreSql.ExecuteAsync(db, db.Database.IsSqlite() ? $"PRAGMA analysis_limit = {SqliteAnalysisLimit}; ANALYZE;" : "ANALYZE;", ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
