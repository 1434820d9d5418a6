using System.Collections;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
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
    private readonly Func<ParleyDb, RecordExporter, string[], CancellationToken, Task<IList>> _documents;
    private readonly Func<ParleyDb, string[], CancellationToken, Task> _track;

    private StoredRecords(Func<ParleyDb, RecordExporter, string[], CancellationToken, Task<IList>> documents, Func<ParleyDb, string[], CancellationToken, Task> track) =>
        (_documents, _track) = (documents, track);

    private static StoredRecords Of<T, TDoc>(ApiKind<T, TDoc> kind) where T : class, IKeyed where TDoc : class => new(
        async (db, exporter, keys, ct) => await kind.Export(exporter, db.Set<T>().Where(r => keys.Contains(r.Key)), ct),
        async (db, keys, ct) =>
        {
            IQueryable<T> query = db.Set<T>();
            foreach (var navigation in RecordCopy.CopiedNavigations(db.Model.FindEntityType(typeof(T))!)) query = query.Include(navigation.Name);
            await query.AsSplitQuery().Where(r => keys.Contains(r.Key)).LoadAsync(ct);
        });

    private static readonly Dictionary<Type, StoredRecords> ByDocument = new[]
    {
        (typeof(Interchange.Document.SourceDoc), Of(ApiKinds.Sources)),
        (typeof(Interchange.Document.PartyDoc), Of(ApiKinds.Parties)),
        (typeof(Interchange.Document.IssueAreaDoc), Of(ApiKinds.IssueAreas)),
        (typeof(Interchange.Document.InstitutionDoc), Of(ApiKinds.Institutions)),
        (typeof(Interchange.Document.ChannelDoc), Of(ApiKinds.Channels)),
        (typeof(Interchange.Document.RoundDoc), Of(ApiKinds.Rounds)),
        (typeof(Interchange.Document.RecommendationDoc), Of(ApiKinds.Recommendations)),
        (typeof(Interchange.Document.CommitmentDoc), Of(ApiKinds.Commitments)),
        (typeof(Interchange.Document.CaseDoc), Of(ApiKinds.Cases)),
        (typeof(Interchange.Document.LegalInstrumentDoc), Of(ApiKinds.LegalInstruments)),
        (typeof(Interchange.Document.ProvisionDoc), Of(ApiKinds.Provisions)),
        (typeof(Interchange.Document.ProgrammeDoc), Of(ApiKinds.Programmes)),
        (typeof(Interchange.Document.FrameworkDoc), Of(ApiKinds.Frameworks)),
        (typeof(Interchange.Document.StatementDoc), Of(ApiKinds.Statements)),
        (typeof(Interchange.Document.LexiconEntryDoc), Of(ApiKinds.Lexicon)),
        (typeof(Interchange.Document.RiskAssessmentDoc), Of(ApiKinds.RiskAssessments)),
    }.ToDictionary(x => x.Item1, x => x.Item2);

    public static StoredRecords For(CsvKind kind) => ByDocument[kind.RecordType];

    /// <summary>The stored records among <paramref name="keys"/>, as documents (untracked).</summary>
    public async Task<List<object>> DocumentsAsync(ParleyDb db, IEnumerable<string> keys, CancellationToken ct)
    {
        var exporter = await RecordExporter.CreateAsync(db, ct);
        var found = new List<object>();
        foreach (var chunk in keys.Chunk(Chunk)) found.AddRange((await _documents(db, exporter, chunk, ct)).Cast<object>());
        return found;
    }

    /// <summary>Loads the records among <paramref name="keys"/> into <paramref name="db"/>'s tracker, with the links an update replaces.</summary>
    public async Task TrackAsync(ParleyDb db, IEnumerable<string> keys, CancellationToken ct)
    {
        foreach (var chunk in keys.Chunk(Chunk)) await _track(db, chunk, ct);
    }
}
