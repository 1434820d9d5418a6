using Parley.Store;

namespace Parley.Tests.Support;

/// <summary>A SQLite store file in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("parley-test-").FullName;
    public string Path => System.IO.Path.Combine(Folder, "parley.db");
    public StoreLocation Location => StoreLocation.Parse(Path);

    public string File(string name) => System.IO.Path.Combine(Folder, name);

    public ParleyDb Open() => ParleyStore.Open(Location);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
