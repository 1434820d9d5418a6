using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>
/// Stores holding the bundled data plus the UPR Info files from the shared folder (33,000 recommendations), loaded
/// with `parley init --with upr` once per kind of store for the tests of the <see cref="UprData"/> collection, each
/// served by one running app with its signed-in users, and removed after them.
/// </summary>
public sealed class UprStores : IAsyncLifetime
{
    private readonly Dictionary<StoreKind, Task<SignedInApp>> _apps = [];
    private readonly Lock _gate = new();

    /// <summary>The app serving the loaded store of <paramref name="kind"/>, loading and starting it on first use; the tests share it, so none disposes it.</summary>
    public Task<SignedInApp> AppAsync(StoreKind kind)
    {
        lock (_gate)
        {
            if (!_apps.TryGetValue(kind, out var starting)) _apps[kind] = starting = StartAsync(kind);
            return starting;
        }
    }

    private static async Task<SignedInApp> StartAsync(StoreKind kind)
    {
        var store = TempStore.Create(kind);
        await Cli.OkAsync("init", "--with", "upr", "--upr-data", SharedFolder.Path("data", "upr-info-2008-2014"), "--db", store.Db);
        return await SignedInApp.StartAsync(store: store);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var starting in _apps.Values.Where(t => t.IsCompletedSuccessfully)) await starting.Result.DisposeAsync();
    }
}
