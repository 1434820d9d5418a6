using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>
/// Stores holding the bundled data plus the UPR Info files from the shared folder (33,000 recommendations), loaded
/// with `parley init --with upr` once per kind of store for every test of a class, and removed after them.
/// </summary>
public sealed class UprStores : IDisposable
{
    private readonly Dictionary<StoreKind, Task<TempStore>> _stores = [];
    private readonly Lock _gate = new();

    /// <summary>The loaded store of <paramref name="kind"/>, loading it on first use.</summary>
    public Task<TempStore> StoreAsync(StoreKind kind)
    {
        lock (_gate)
        {
            if (!_stores.TryGetValue(kind, out var loading)) _stores[kind] = loading = LoadAsync(kind);
            return loading;
        }
    }

    private static async Task<TempStore> LoadAsync(StoreKind kind)
    {
        var store = TempStore.Create(kind);
        await Cli.OkAsync("init", "--with", "upr", "--upr-data", SharedFolder.Path("data", "upr-info-2008-2014"), "--db", store.Db);
        return store;
    }

    public void Dispose()
    {
        foreach (var loading in _stores.Values.Where(t => t.IsCompletedSuccessfully)) loading.Result.Dispose();
    }
}
