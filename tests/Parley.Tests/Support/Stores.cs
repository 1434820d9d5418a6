namespace Parley.Tests.Support;

/// <summary>
/// Theory data for tests that touch the store: <c>[Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]</c>
/// runs the test once on a SQLite file and once on a throwaway PostgreSQL database.
/// </summary>
public static class Stores
{
    /// <summary>The admin connection string of the test PostgreSQL server (scripts/test starts one and sets it).</summary>
    public const string PostgresVariable = "PARLEY_TEST_POSTGRES";

    /// <summary>Set to 1 to leave PostgreSQL out on a machine without it; CI never sets it.</summary>
    public const string SkipPostgresVariable = "PARLEY_TEST_SKIP_POSTGRES";

    public static bool SkipPostgres => Environment.GetEnvironmentVariable(SkipPostgresVariable) == "1";

    public static TheoryData<StoreKind> Both
    {
        get
        {
            var data = new TheoryData<StoreKind> { StoreKind.Sqlite };
            if (!SkipPostgres) data.Add(StoreKind.Postgres);
            return data;
        }
    }

    /// <summary>The server's admin connection string; a PostgreSQL case fails with this message when there is none.</summary>
    public static string PostgresAdminConnection() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set, so the PostgreSQL cases cannot run. Run scripts/test (it starts a throwaway " +
                $"server), or start one with scripts/pg-cluster start and export {PostgresVariable}=<the printed connection string>; " +
                $"to leave PostgreSQL out on purpose set {SkipPostgresVariable}=1.");
}
