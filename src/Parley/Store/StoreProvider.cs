namespace Parley.Store;

/// <summary>The database engines Parley stores its record in.</summary>
public enum StoreProvider
{
    Sqlite,
    PostgreSql,
}
