using BenchmarkDotNet.Attributes;
using Parley.Features.Search;
using Parley.Store;

namespace Parley.Bench;

/// <summary>One search as the API runs it (parse, match, rank, 20 snippets, facets over all matches), per store.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private ParleyDb _db = null!;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    /// <summary>The stores whose variable is set, so a run with only a SQLite file measures only that.</summary>
    public static IEnumerable<string> Providers() => BenchStore.Available();

    [Params("labour unions", "\"independent journalists\"", "detent*")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Open() => _db = ParleyStore.Open(BenchStore.Location(Provider));

    [GlobalCleanup]
    public void Close() => _db.Dispose();

    [Benchmark]
    public async Task<int> Search() => (await SearchEngine.SearchAsync(_db, Query)).Results!.Total;
}
