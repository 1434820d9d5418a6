using Parley.Features.Api;
using Parley.Features.Interchange;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// The stored records of one CSV kind, fetched by key: as interchange documents (to compare with a file's rows) and
/// tracked with their links loaded (for the importer to update them in place).
/// </summary>
public sealed class StoredRecords
{
    private const int Chunk = 500;
    private readonly IApiKind _kind;

    private StoredRecords(IApiKind kind) => _kind = kind;

    public static StoredRecords For(CsvKind kind) => new(ApiKinds.All.Single(k => k.DocumentType == kind.RecordType));

    /// <summary>The stored records among <paramref name="keys"/>, as documents (untracked).</summary>
    public async Task<List<object>> DocumentsAsync(ParleyDb db, IEnumerable<string> keys, CancellationToken ct)
    {
        var exporter = await RecordExporter.CreateAsync(db, ct);
        var found = new List<object>();
        foreach (var chunk in keys.Chunk(Chunk)) found.AddRange(await _kind.DocumentsAsync(db, exporter, chunk, ct));
        return found;
    }

    /// <summary>Loads the records among <paramref name="keys"/> into <paramref name="db"/>'s tracker, with the links an update replaces.</summary>
    public async Task TrackAsync(ParleyDb db, IEnumerable<string> keys, CancellationToken ct)
    {
        foreach (var chunk in keys.Chunk(Chunk)) await _kind.TrackAsync(db, chunk, ct);
    }
}
