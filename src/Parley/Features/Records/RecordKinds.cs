using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Records.Kinds;

namespace Parley.Features.Records;

/// <summary>Every kind of record the pages know, in the order the navigation lists them.</summary>
public static class RecordKinds
{
    private static readonly Lazy<IReadOnlyList<RecordKind>> LazyAll = new(() =>
    [
        ChannelRecords.Kind, RoundRecords.Kind, CommitmentRecords.Kind, RecommendationRecords.Kind, CaseRecords.Kind,
        PartyRecords.Kind, InstitutionRecords.Kind, IssueAreaRecords.Kind,
        LegalInstrumentRecords.Kind, ProvisionRecords.Kind, ProgrammeRecords.Kind, FrameworkRecords.Kind,
        StatementRecords.Kind, SourceRecords.Kind, LexiconRecords.Kind, RiskAssessmentRecords.Kind, TreatyStatusRecords.Kind,
    ]);

    public static IReadOnlyList<RecordKind> All => LazyAll.Value;

    /// <summary>
    /// The kinds in the order of the interchange document, its export and import, the API and the counts: a kind
    /// comes after the kinds its records link to (sources first), except where records of a kind link to each other.
    /// </summary>
    private static readonly Lazy<IReadOnlyList<RecordKind>> LazyInDocumentOrder = new(() =>
    [
        SourceRecords.Kind, PartyRecords.Kind, IssueAreaRecords.Kind, InstitutionRecords.Kind, ChannelRecords.Kind, RoundRecords.Kind,
        RecommendationRecords.Kind, CommitmentRecords.Kind, CaseRecords.Kind, LegalInstrumentRecords.Kind, ProvisionRecords.Kind,
        ProgrammeRecords.Kind, FrameworkRecords.Kind, StatementRecords.Kind, LexiconRecords.Kind, RiskAssessmentRecords.Kind,
        TreatyStatusRecords.Kind,
    ]);

    public static IReadOnlyList<RecordKind> InDocumentOrder => LazyInDocumentOrder.Value;

    public static RecordKind? Find(string slug) => All.FirstOrDefault(k => string.Equals(k.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public static RecordKind<T> Of<T>() where T : class, IKeyed => (RecordKind<T>)All.First(k => k.ClrType == typeof(T));

    public static RecordKind? OfAuditKind(string auditKind) => All.FirstOrDefault(k => k.AuditKind == auditKind);

    /// <summary>A link to a record's page, named as its kind names it; null for no record.</summary>
    public static RecordRef? RefTo(IKeyed? record)
    {
        if (record is null) return null;
        var kind = All.First(k => k.ClrType == record.GetType());
        return new RecordRef(kind.Slug, record.Key, kind.LabelOf(record));
    }

    /// <summary>Links to the records a query finds, for a record page's "linked from" lists.</summary>
    public static async Task<List<RecordRef>> RefsAsync<T>(IQueryable<T> query, CancellationToken ct) where T : class, IKeyed =>
        (await query.AsNoTracking().ToListAsync(ct)).Select(r => RefTo(r)!).ToList();

    /// <summary>Cuts a long text for a list cell or a label.</summary>
    public static string Short(string? text, int length = 90) =>
        text is null ? "" : text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
