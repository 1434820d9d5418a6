namespace Parley.Store;

/// <summary>Where the store lives: a SQLite file path or a PostgreSQL connection string, from --db, PARLEY_DB or the default.</summary>
public sealed record StoreLocation(StoreProvider Provider, string ConnectionString, string Display)
{
    public const string DefaultFile = "parley.db";
    public const string EnvironmentVariable = "PARLEY_DB";

    /// <summary>Resolves the option value, falling back to PARLEY_DB and then to parley.db in the working directory.</summary>
    public static StoreLocation Resolve(string? option)
    {
        var value = !string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env
            : DefaultFile;
        return Parse(value);
    }

    public static StoreLocation Parse(string value)
    {
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new(StoreProvider.PostgreSql, PostgresUrl.ToConnectionString(value), PostgresUrl.Redact(value));
        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            return new(StoreProvider.PostgreSql, value, RedactPassword(value));
        var path = Path.GetFullPath(value.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? value["Data Source=".Length..] : value);
        return new(StoreProvider.Sqlite, $"Data Source={path}", path);
    }

    /// <summary>The SQLite file, for checks that only make sense on the embedded store.</summary>
    public string? FilePath => Provider == StoreProvider.Sqlite ? Display : null;

    private static string RedactPassword(string connectionString) =>
        string.Join(';', connectionString.Split(';').Select(part =>
            part.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase) ? "Password=***" : part));
}
