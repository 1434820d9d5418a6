using Parley.Store;

namespace Parley.Bench;

/// <summary>
/// The store a benchmark reads: PARLEY_BENCH_SQLITE (a file made by `parley generate`) or PARLEY_BENCH_POSTGRES
/// (a connection string). Benchmarks only read, so one generated store serves every run.
/// </summary>
internal static class BenchStore
{
    public static IEnumerable<string> Available() =>
        new[] { "sqlite", "postgres" }.Where(p => Environment.GetEnvironmentVariable(Variable(p)) is { Length: > 0 });

    private static string Variable(string provider) => provider == "sqlite" ? "PARLEY_BENCH_SQLITE" : "PARLEY_BENCH_POSTGRES";

    public static StoreLocation Location(string provider)
    {
        var variable = Variable(provider);
        return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? StoreLocation.Parse(value)
            : throw new InvalidOperationException($"set {variable} to a store filled by 'parley generate' (bench/load does this)");
    }
}
