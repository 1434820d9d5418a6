using System.Data.Common;
using Npgsql;

namespace Parley.Features.Search;

/// <summary>
/// PostgreSQL: the connections a search reads through, a small pool of their own. Npgsql hands out a pool's idle
/// connections first in, first out, so once a burst of requests has grown the web app's pool to a hundred connections,
/// each search lands on a server process that has not run one: a server process maps the shared buffers it touches on
/// first use, and a phrase's matches are ~19,000 pages at a million records, so a search on a fresh process cost
/// ~0.7–1 s per statement against ~80–100 ms on one that had run it (the 365 ms p50 of the load table's phrase row,
/// measured after the 64-connection run of the row before it). Here at most <see cref="Slots"/> searches run at once,
/// two connections each, from a pool of twice that size (named by its application name, "parley search", on the
/// server), so the few server processes that search stay warm; a search past that waits its turn, as it would for the
/// cores anyway. A request that ends while waiting stops waiting.
/// Search statements are not prepared (Max Auto Prepare=0 on this pool): their words are a parameter matching ten
/// rows or most of the table, and after five runs of a prepared statement the server may switch to one generic plan
/// for all of them, guessed for 5,000 matches (for ts_rank_cd's ranking at a million records a parallel plan the
/// custom ones never choose); unprepared, each is planned for its own words, at a few tenths of a millisecond.
/// </summary>
internal static class SearchConnections
{
    /// <summary>How many searches run at once on PostgreSQL: one per core, at least two.</summary>
    internal static readonly int Slots = Math.Max(2, Environment.ProcessorCount);

    internal const string ApplicationName = "parley search";

    private static readonly SemaphoreSlim Free = new(Slots);

    /// <summary>Waits for a turn to search; disposing the result gives it back.</summary>
    public static async Task<IDisposable> TurnAsync(CancellationToken ct)
    {
        await Free.WaitAsync(ct);
        return new Turn();
    }

    /// <summary>
    /// A new (closed) connection to the server and database of <paramref name="connection"/>, with its password and
    /// settings, from search's own pool.
    /// </summary>
    public static DbConnection For(DbConnection connection)
    {
        var npgsql = (NpgsqlConnection)connection;
        var settings = new NpgsqlConnectionStringBuilder(npgsql.ConnectionString) { MaxPoolSize = 2 * Slots, ApplicationName = ApplicationName, MaxAutoPrepare = 0 };
        return npgsql.CloneWith(settings.ConnectionString);
    }

    private sealed class Turn : IDisposable
    {
        private int _given;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _given, 1) == 0) Free.Release();
        }
    }
}
