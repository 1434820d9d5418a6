using Npgsql;
using Parley.Store;

namespace Parley.Tests.Support;

/// <summary>
/// A store that exists only for one test: a SQLite file in a fresh temporary folder, or a PostgreSQL database with a
/// unique name on the test server. Neither exists until the test (or `parley init`) creates it; both are removed afterwards.
/// <c>new TempStore()</c> is SQLite; <c>TempStore.Create(kind)</c> is either.
/// </summary>
public sealed class TempStore : IDisposable
{
    private readonly string? _postgres;

    public TempStore() : this(StoreKind.Sqlite) { }

    private TempStore(StoreKind kind)
    {
        Kind = kind;
        if (kind == StoreKind.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(Stores.PostgresAdminConnection())
            {
                Database = $"parley_test_{Guid.NewGuid():N}",
            };
            _postgres = builder.ConnectionString;
        }
    }

    public static TempStore Create(StoreKind kind) => new(kind);

    /// <summary>A store of the kind made ready by `parley init`: schema applied, bundled data set loaded.</summary>
    public static async Task<TempStore> InitialisedAsync(StoreKind kind)
    {
        var store = new TempStore(kind);
        try
        {
            await Cli.OkAsync("init", "--db", store.Db);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public StoreKind Kind { get; }

    /// <summary>A temporary folder for files the test writes (exports, documents to import), whatever the store.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("parley-test-").FullName;

    /// <summary>The SQLite file; a PostgreSQL store has none (use <see cref="Db"/>).</summary>
    public string Path => _postgres is null ? System.IO.Path.Combine(Folder, "parley.db")
        : throw new InvalidOperationException("a PostgreSQL store has no file: pass store.Db to --db");

    /// <summary>What to pass to --db or PARLEY_DB: the file path or the connection string.</summary>
    public string Db => _postgres ?? Path;

    public StoreLocation Location => StoreLocation.Parse(Db);

    public string File(string name) => System.IO.Path.Combine(Folder, name);

    public ParleyDb Open() => ParleyStore.Open(Location);

    /// <summary>True while there is no store yet (no file, or no database with the Parley schema).</summary>
    public Task<bool> IsMissingAsync() => ParleyStore.IsMissingAsync(Location);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgres is not null) DropDatabase();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private void DropDatabase()
    {
        using (var mine = new NpgsqlConnection(_postgres)) NpgsqlConnection.ClearPool(mine);
        var name = new NpgsqlConnectionStringBuilder(_postgres).Database;
        using var admin = new NpgsqlConnection(Stores.PostgresAdminConnection());
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
