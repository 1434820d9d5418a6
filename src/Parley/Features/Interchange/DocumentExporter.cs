using Parley.Features.Api;
using Parley.Features.Import;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Interchange;

/// <summary>
/// Reads the whole store into one <see cref="ParleyDocument"/>, kind by kind as their descriptions say. Every list
/// is sorted (records by key, parts by their values) so the same store always gives byte-identical output, whatever
/// order the database returns rows in.
/// </summary>
public static class DocumentExporter
{
    public static async Task<ParleyDocument> ExportAsync(ParleyDb db, CancellationToken ct = default)
    {
        var records = await RecordExporter.CreateAsync(db, ct);
        var document = new ParleyDocument { IssueMapping = RecordExporter.Listed(await IssueMappingTransfer.EditedAsync(db, ct)) };
        foreach (var kind in ApiKinds.InDocument) await kind.ExportInto(document, records, db, ct);
        return document;
    }
}
