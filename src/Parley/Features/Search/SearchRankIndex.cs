using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>
/// PostgreSQL only: a RUM index over the search vectors, which returns the matches of a query best first from the
/// index itself (it keeps each word's positions), so the best 20 of 24,000 matches cost what reading 20 rows costs;
/// the GIN index of the AddSearch migration can only hand over every match unordered, to be scored row by row.
/// RUM is an extension (Debian: postgresql-NN-rum) that a server may lack and that only a superuser may create, so it
/// is set up here, when a store is made ready, rather than in a migration: a migration that needs it would fail on
/// such a server, and one that quietly skips it would record a schema that is not there. Without it search ranks
/// every match with ts_rank_cd: the same results, slower at scale, and <see cref="EnsureAsync"/> says so.
/// </summary>
public static class SearchRankIndex
{
    public const string IndexName = "IX_SearchEntries_VectorRank";

    private const string Present = $"""SELECT to_regclass('"{IndexName}"') IS NOT NULL""";

    /// <summary>Makes the index when the server can; returns why it cannot (shown to whoever set the store up), or null.</summary>
    public static async Task<string?> EnsureAsync(ParleyDb db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite()) return null;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await MakeAsync(db, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string?> MakeAsync(ParleyDb db, CancellationToken ct)
    {
        if (await StoreSql.ScalarAsync(db, Present, ct) is true) return null;
        if (await StoreSql.ScalarAsync(db, "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum')", ct) is not true)
            return Missing("the server has no RUM extension (on Debian or Ubuntu: apt-get install postgresql-<server version>-rum)");
        try
        {
            await StoreSql.ExecuteAsync(db, "CREATE EXTENSION IF NOT EXISTS rum", ct);
            await StoreSql.ExecuteAsync(db, $"""CREATE INDEX IF NOT EXISTS "{IndexName}" ON "SearchEntries" USING rum ("Vector" rum_tsvector_ops)""", ct);
            await StoreSql.ExecuteAsync(db, """ANALYZE "SearchEntries" """, ct);
            return null;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.FeatureNotSupported
            or PostgresErrorCodes.UndefinedFile or PostgresErrorCodes.UndefinedObject)
        {
            return Missing($"the RUM extension could not be set up ({e.MessageText}; a superuser can run CREATE EXTENSION rum in this database)");
        }
    }

    /// <summary>True when the store's search can rank through the index (checked per search: a few hundred microseconds).</summary>
    internal static async Task<bool> PresentAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Present;
        return await command.ExecuteScalarAsync(ct) is true;
    }

    private static string Missing(string why) =>
        $"Search on PostgreSQL works without its ranking index, more slowly at scale: {why}. See docs/performance.md, \"PostgreSQL search\".";
}
