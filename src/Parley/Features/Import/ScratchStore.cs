using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// An empty store in a temporary file, for a dry run whose store does not exist yet: the file is checked against
/// an empty schema, as a real import into a new store would be, and the asked-for path is never created.
/// </summary>
public sealed class ScratchStore : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parley-dry-run-{Guid.NewGuid():N}.db");

    public StoreLocation Location => StoreLocation.Parse(_path);

    public ValueTask DisposeAsync()
    {
        ParleyStore.ClearSqlitePools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal", _path + "-migrate.lock" })
            File.Delete(file);
        return ValueTask.CompletedTask;
    }
}
