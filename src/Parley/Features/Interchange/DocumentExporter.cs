using Parley.Features.Import;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Interchange;

/// <summary>
/// Reads the whole store into one <see cref="ParleyDocument"/>. Every list is sorted (records by key, parts by
/// their values) so the same store always gives byte-identical output, whatever order the database returns rows in.
/// </summary>
public static class DocumentExporter
{
    public static async Task<ParleyDocument> ExportAsync(ParleyDb db, CancellationToken ct = default)
    {
        var records = await RecordExporter.CreateAsync(db, ct);
        return new ParleyDocument
        {
            Sources = Listed(await records.Sources(db.Sources, ct)),
            Parties = Listed(await records.Parties(db.Parties, ct)),
            IssueAreas = Listed(await records.IssueAreas(db.IssueAreas, ct)),
            Institutions = Listed(await records.Institutions(db.Institutions, ct)),
            Channels = Listed(await records.Channels(db.Channels, ct)),
            Rounds = Listed(await records.Rounds(db.Rounds, ct)),
            Recommendations = Listed(await records.Recommendations(db.Recommendations, ct)),
            Commitments = Listed(await records.Commitments(db.Commitments, ct)),
            Cases = Listed(await records.Cases(db.Cases, ct)),
            LegalInstruments = Listed(await records.LegalInstruments(db.LegalInstruments, ct)),
            Provisions = Listed(await records.Provisions(db.Provisions, ct)),
            Programmes = Listed(await records.Programmes(db.Programmes, ct)),
            Frameworks = Listed(await records.Frameworks(db.Frameworks, ct)),
            Statements = Listed(await records.Statements(db.Statements, ct)),
            Lexicon = Listed(await records.Lexicon(db.LexiconEntries, ct)),
            RiskAssessments = Listed(await records.RiskAssessments(db.RiskAssessments, ct)),
            IssueMapping = Listed(await IssueMappingTransfer.EditedAsync(db, ct)),
        };
    }

    private static List<T>? Listed<T>(List<T> items) => RecordExporter.Listed(items);
}
