using Microsoft.EntityFrameworkCore;
using Parley.Store;
using Parley.Tests.Support;

namespace Parley.Tests.Store;

/// <summary>
/// Parley's PostgreSQL connections go back to the pool without a reset ("No Reset On Close", ParleyStore), so whatever
/// session state one piece of work leaves on a connection, the next request that takes it inherits: a leaked
/// session_replication_role = replica would switch off the foreign keys of every later write on it.
/// </summary>
public class PoolSessionStateTests
{
    [Fact]
    public async Task Writing_in_bulk_leaves_no_setting_on_the_pooled_connection_for_the_next_request()
    {
        if (Stores.SkipPostgres) return;
        using var store = TempStore.Create(StoreKind.Postgres);
        // One connection in the pool: every statement below, and the check after, runs on the same server session.
        var db = store.Db + ";Maximum Pool Size=1";
        await Cli.OkAsync("init", "--db", db);
        // Bulk generation sets session_replication_role, work_mem and gin_pending_list_limit for its transactions.
        await Cli.OkAsync("generate", "--recommendations", "50", "--cases", "5", "--rounds", "2", "--db", db);
        await Cli.OkAsync("search", "arrested", "--db", db);

        await using var context = ParleyStore.Open(StoreLocation.Parse(db));
        Assert.Equal("origin", (await context.Database.SqlQuery<string>(
            $"SELECT current_setting('session_replication_role') AS \"Value\"").ToListAsync()).Single());
        // No setting was changed on this session (SET LOCAL ends with its transaction; a plain SET would show here).
        var changed = await context.Database.SqlQueryRaw<string>(
            "SELECT name AS \"Value\" FROM pg_settings WHERE source = 'session'").ToListAsync();
        Assert.Empty(changed);
    }
}
