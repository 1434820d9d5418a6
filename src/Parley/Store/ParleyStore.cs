using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Parley.Store;

/// <summary>Opens the store at a location with the right provider, and brings its schema up to date.</summary>
public static class ParleyStore
{
    public static ParleyDb Open(StoreLocation location) => location.Provider switch
    {
        StoreProvider.Sqlite => new SqliteParleyDb(SqliteOptions(location.ConnectionString)),
        _ => new PostgresParleyDb(PostgresOptions(location.ConnectionString)),
    };

    public static DbContextOptions<SqliteParleyDb> SqliteOptions(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SqliteParleyDb>();
        ConfigureSqlite(builder, connectionString);
        return builder.Options;
    }

    public static DbContextOptions<PostgresParleyDb> PostgresOptions(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PostgresParleyDb>();
        ConfigurePostgres(builder, connectionString);
        return builder.Options;
    }

    // Queries that load several collections run as one statement, so they read one consistent snapshot while a writer
    // works; the few that would multiply rows say AsSplitQuery themselves. Saying so also answers EF's warning 20504.

    /// <summary>The one SQLite configuration, for the CLI's contexts and the web app's pool alike.</summary>
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        WithoutModelCheckOnMigrate(builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(ParleyStore).Assembly.FullName)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)).AddInterceptors(SaveInterceptors.All).AddInterceptors(DataVersionWrites.Instance));

    /// <summary>The one PostgreSQL configuration, for the CLI's contexts and the web app's pool alike.</summary>
    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        WithoutModelCheckOnMigrate(builder.UseNpgsql(WithPoolSettings(connectionString), o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .AddInterceptors(SaveInterceptors.All).AddInterceptors(DataVersionWrites.Instance));

    /// <summary>
    /// Npgsql pool settings Parley chooses unless the connection string names them itself:
    /// <list type="bullet">
    /// <item>"Max Auto Prepare": statements run often on a connection (the API's read by key, the token check) are
    /// prepared after a few uses, so the server parses and plans them once per connection instead of on every request
    /// (0 turns it off: PgBouncer before 1.21 in transaction mode cannot carry prepared statements).</item>
    /// <item>"No Reset On Close": a connection given back to the pool is not reset (RESET ALL, DISCARD …), which cost
    /// each statement of a small request 0.2 ms of server time, since EF Core takes a connection per statement. Safe
    /// because Parley never changes session state: its only settings are SET LOCAL inside a transaction, which end
    /// with it (guarded by PoolSessionStateTests).</item>
    /// </list>
    /// </summary>
    internal static string WithPoolSettings(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare")) settings.MaxAutoPrepare = AutoPrepared;
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose")) settings.NoResetOnClose = true;
        return settings.ConnectionString;
    }

    /// <summary>How many statements each connection keeps prepared (Npgsql drops the least used past it).</summary>
    private const int AutoPrepared = 100;

    /// <summary>
    /// Before applying migrations EF Core compares the model with the migrations' snapshot, building both models
    /// and a design-time one to do so: about a second of every new store's `parley init`, to catch a developer's
    /// missing migration. Tests/Store/MigrationCompletenessTests makes that check once instead.
    /// </summary>
    private static DbContextOptionsBuilder WithoutModelCheckOnMigrate(DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));

    /// <summary>Applies pending migrations; returns how many were applied.</summary>
    public static async Task<int> MigrateAsync(ParleyDb db, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        if (db.Database.IsSqlite())
        {
            // WAL lets the web server read while a CLI command writes; it is a property of the file, set once.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        if (pending == 0) return 0;
        using (db.Database.IsSqlite() ? await SqliteMigrationGuard.AcquireAsync(db, cancellationToken) : null)
            await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    /// <summary>The newest migration applied to the store: its schema version.</summary>
    public static async Task<string?> SchemaVersionAsync(ParleyDb db, CancellationToken cancellationToken = default) =>
        (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();

    /// <summary>
    /// True when there is no store yet: a SQLite file that does not exist, or a PostgreSQL database that does not
    /// exist or has never been given the Parley schema (a server's empty default database is not a store).
    /// </summary>
    public static async Task<bool> IsMissingAsync(StoreLocation location, CancellationToken cancellationToken = default)
    {
        if (location.FilePath is { } path) return !File.Exists(path);
        await using var db = Open(location);
        return !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();
    }

    /// <summary>Opens a store that must already exist; a missing one is the user's mistake, answered with what to run.</summary>
    public static async Task<ParleyDb> OpenExistingAsync(StoreLocation location, CancellationToken cancellationToken = default)
    {
        if (await IsMissingAsync(location, cancellationToken)) throw new UserError($"no store at {location.Display}; run 'parley init' first");
        return Open(location);
    }

    public static string ProviderName(ParleyDb db) => db.Database.IsSqlite() ? "sqlite" : "postgresql";

    internal static void ClearSqlitePools() => SqliteConnection.ClearAllPools();
}
