using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Interchange;

/// <summary>
/// Turns stored records of each kind into their interchange documents, links written as keys. Used for the whole
/// store by <see cref="DocumentExporter"/> and for a page or one record by the API. Records come out sorted by key,
/// their parts by value, so the same store always reads the same.
/// </summary>
public sealed class RecordExporter
{
    private readonly KeyMap sourceKeys, partyKeys, areaKeys, institutionKeys, roundKeys, channelKeys, recommendationKeys, instrumentKeys;

    private RecordExporter(KeyMap[] keys) =>
        (sourceKeys, partyKeys, areaKeys, institutionKeys, roundKeys, channelKeys, recommendationKeys, instrumentKeys) =
            (keys[0], keys[1], keys[2], keys[3], keys[4], keys[5], keys[6], keys[7]);

    /// <summary>Reads the id-to-key maps of the kinds records link to, whole: for exporting the store.</summary>
    public static async Task<RecordExporter> CreateAsync(ParleyDb db, CancellationToken ct = default) => new(
    [
        await WholeAsync(db.Sources, ct), await WholeAsync(db.Parties, ct), await WholeAsync(db.IssueAreas, ct), await WholeAsync(db.Institutions, ct),
        await WholeAsync(db.Rounds, ct), await WholeAsync(db.Channels, ct), await WholeAsync(db.Recommendations, ct), await WholeAsync(db.LegalInstruments, ct),
    ]);

    /// <summary>
    /// For a page or one record (the API): the kinds that stay small are read whole, recommendations, which grow with
    /// the store, only for the ids the exported records link to. Rounds count as small (2,001 at a million
    /// recommendations, a few hundred kilobytes of keys): reading a record's round key on its own was a sixth of what
    /// an API read of one recommendation cost. The small maps are kept between requests while the store's data is
    /// unchanged (<see cref="DataVersion"/>).
    /// </summary>
    public static async Task<RecordExporter> ForFewAsync(ParleyDb db, CancellationToken ct = default) =>
        await ForFewAsync(db, await DataVersion.OfAsync(db, ct), ct);

    /// <summary>As <see cref="ForFewAsync(ParleyDb, CancellationToken)"/>, for a request that has read the data version already.</summary>
    public static async Task<RecordExporter> ForFewAsync(ParleyDb db, long version, CancellationToken ct)
    {
        var small = await KeptSmallMaps.OfAsync(db, version, ct);
        return new([new(small[0]), new(small[1]), new(small[2]), new(small[3]), new(small[6]), new(small[4]), OnDemand(db.Recommendations), new(small[5])]);
    }

    /// <summary>Never changed once read (a map read whole loads nothing more), so requests share them.</summary>
    private static readonly KeptPerVersion<Dictionary<int, string>[]> KeptSmallMaps = new(async (db, ct) =>
    [
        await KeysAsync(db.Sources, ct), await KeysAsync(db.Parties, ct), await KeysAsync(db.IssueAreas, ct),
        await KeysAsync(db.Institutions, ct), await KeysAsync(db.Channels, ct), await KeysAsync(db.LegalInstruments, ct),
        await KeysAsync(db.Rounds, ct),
    ]);

    private static async Task<KeyMap> WholeAsync<T>(IQueryable<T> records, CancellationToken ct) where T : class, IKeyed => new(await KeysAsync(records, ct));

    private static Task<Dictionary<int, string>> KeysAsync<T>(IQueryable<T> records, CancellationToken ct) where T : class, IKeyed =>
        records.AsNoTracking().Select(r => new { Id = EF.Property<int>(r, "Id"), r.Key }).ToDictionaryAsync(r => r.Id, r => r.Key, ct);

    private static KeyMap OnDemand<T>(IQueryable<T> records) where T : class, IKeyed =>
        new([], async (ids, ct) => await records.AsNoTracking().Where(r => ids.Contains(EF.Property<int>(r, "Id")))
            .Select(r => new { Id = EF.Property<int>(r, "Id"), r.Key }).ToDictionaryAsync(r => r.Id, r => r.Key, ct));

    private static string? Key(KeyMap keys, int? id) => id is { } value ? keys[value] : null;

    private List<CitationDoc>? Cite(IEnumerable<Citation> citations) => Listed(citations
        .Select(c => new CitationDoc(sourceKeys[c.SourceId], c.Locator))
        .OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Locator, StringComparer.Ordinal));

    private static List<string>? Keys<T>(IEnumerable<T> items) where T : IKeyed => Listed(items.Select(i => i.Key).Order(StringComparer.Ordinal));

    /// <summary>An empty list is left out of the document rather than written as [].</summary>
    internal static List<T>? Listed<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }

    /// <summary>The records, once the keys of the large kinds they link to are read.</summary>
    private static async Task<List<T>> Linked<T>(List<T> records, Func<List<T>, Task> load)
    {
        await load(records);
        return records;
    }

    public async Task<List<SourceDoc>> Sources(IQueryable<Source> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().ToListAsync(ct)).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
                new SourceDoc(s.Key, s.Title, s.Kind, s.Author, s.Publisher, s.Published, s.Url, s.Note))).ToList();

    public async Task<List<PartyDoc>> Parties(IQueryable<Party> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(p => p.Citations).ToListAsync(ct))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new PartyDoc(p.Key, p.Name, p.Kind, Listed(p.Aliases), Cite(p.Citations)))).ToList();

    public async Task<List<IssueAreaDoc>> IssueAreas(IQueryable<IssueArea> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(a => a.Citations).ToListAsync(ct))
                .OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => new IssueAreaDoc(a.Key, a.Name, Key(areaKeys, a.ParentId), a.Description, Cite(a.Citations)))).ToList();

    public async Task<List<InstitutionDoc>> Institutions(IQueryable<Institution> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(i => i.Powers).Include(i => i.Citations).AsSplitQuery().ToListAsync(ct))
                .OrderBy(i => i.Key, StringComparer.Ordinal)
                .Select(i => new InstitutionDoc(i.Key, i.Name, partyKeys[i.PartyId], i.Kind, i.Description,
                    Listed(i.Powers
                        .Select(p => new PowerDoc(p.Power, Key(areaKeys, p.IssueAreaId), p.Note, Key(sourceKeys, p.SourceId), p.Locator))
                        .OrderBy(p => p.Power).ThenBy(p => p.IssueArea, StringComparer.Ordinal)
                        .ThenBy(p => p.Note, StringComparer.Ordinal).ThenBy(p => p.Source, StringComparer.Ordinal)
                        .ThenBy(p => p.Locator, StringComparer.Ordinal)),
                    Cite(i.Citations)))).ToList();

    public async Task<List<ChannelDoc>> Channels(IQueryable<Channel> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(c => c.Parties).Include(c => c.IssueAreas).Include(c => c.Citations).AsSplitQuery().ToListAsync(ct))
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new ChannelDoc(c.Key, c.Name, c.Kind, c.StartYear, c.Scope, Keys(c.Parties), Keys(c.IssueAreas), Cite(c.Citations)))).ToList();

    public async Task<List<RoundDoc>> Rounds(IQueryable<Round> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(r => r.Delegates).Include(r => r.Agenda).Include(r => r.Citations).AsSplitQuery().ToListAsync(ct))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new RoundDoc(r.Key, channelKeys[r.ChannelId], r.Title, r.Status, r.Number, r.Date, r.Place, r.Outcomes,
                    Listed(r.Delegates.Select(d => new DelegateDoc(institutionKeys[d.InstitutionId], d.Role, d.Name))
                        .OrderBy(d => d.Role).ThenBy(d => d.Institution, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)),
                    Listed(r.Agenda.Select(a => new AgendaItemDoc(areaKeys[a.IssueAreaId], a.Note))
                        .OrderBy(a => a.IssueArea, StringComparer.Ordinal).ThenBy(a => a.Note, StringComparer.Ordinal)),
                    Cite(r.Citations)))).ToList();

    public async Task<List<RecommendationDoc>> Recommendations(IQueryable<Recommendation> records, CancellationToken ct = default) =>
        ((await Linked(await records.AsNoTracking().Include(r => r.IssueAreas).Include(r => r.Citations).AsSplitQuery().ToListAsync(ct),
                list => roundKeys.LoadAsync(list.Select(r => r.RoundId), ct)))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => Recommendation(r, Keys(r.IssueAreas)))).ToList();

    /// <summary>One recommendation read on its own with its citations and the ids of its issue areas (the API's get by key).</summary>
    public async Task<RecommendationDoc> Recommendation(Recommendation record, IEnumerable<int> issueAreaIds, CancellationToken ct)
    {
        await roundKeys.LoadAsync([record.RoundId], ct);
        return Recommendation(record, Listed(issueAreaIds.Select(id => areaKeys[id]).Order(StringComparer.Ordinal)));
    }

    private RecommendationDoc Recommendation(Recommendation r, List<string>? issueAreas) =>
        new(r.Key, r.Text, r.Response, Key(partyKeys, r.FromPartyId), Key(partyKeys, r.ToPartyId),
            Key(roundKeys, r.RoundId), r.Mechanism, r.ActionCategory, r.Session, r.Cycle, r.Date, issueAreas, Cite(r.Citations));

    public async Task<List<CommitmentDoc>> Commitments(IQueryable<Commitment> records, CancellationToken ct = default) =>
        ((await Linked(await records.AsNoTracking().Include(c => c.IssueAreas).Include(c => c.Frameworks).Include(c => c.DependsOn)
                    .Include(c => c.History).Include(c => c.Citations).AsSplitQuery().ToListAsync(ct),
                async list =>
                {
                    await roundKeys.LoadAsync(list.Select(c => c.RoundId).Concat(list.SelectMany(c => c.History.Select(h => h.RoundId))), ct);
                    await recommendationKeys.LoadAsync(list.Select(c => c.RecommendationId), ct);
                }))
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new CommitmentDoc(c.Key, c.Title, partyKeys[c.PartyId], c.Instrument, c.Text, Key(institutionKeys, c.OwnerInstitutionId),
                    Listed(c.Steps), c.Deadline, c.Indicator, c.Verification, Key(channelKeys, c.ChannelId), Key(roundKeys, c.RoundId),
                    Key(recommendationKeys, c.RecommendationId), Keys(c.IssueAreas), Keys(c.Frameworks), Keys(c.DependsOn),
                    Listed(c.History.Select(h => new StatusChangeDoc(h.Status, h.Date, h.Note, Key(roundKeys, h.RoundId)))
                        .OrderBy(h => h.Date?.ToString(), StringComparer.Ordinal).ThenBy(h => h.Status)
                        .ThenBy(h => h.Note, StringComparer.Ordinal).ThenBy(h => h.Round, StringComparer.Ordinal)),
                    Cite(c.Citations)))).ToList();

    public async Task<List<CaseDoc>> Cases(IQueryable<Case> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(c => c.IssueAreas).Include(c => c.Charges).Include(c => c.Events)
                    .Include(c => c.RaisedIn).Include(c => c.Citations).AsSplitQuery().ToListAsync(ct))
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new CaseDoc(c.Key, c.PersonName, c.Status, c.PersonRole, Key(partyKeys, c.PartyId), c.Sentence, c.Summary,
                    Keys(c.IssueAreas), Keys(c.Charges),
                    Listed(c.Events.Select(e => new CaseEventDoc(e.Kind, e.Date, e.Description))
                        .OrderBy(e => e.Date?.ToString(), StringComparer.Ordinal).ThenBy(e => e.Kind).ThenBy(e => e.Description, StringComparer.Ordinal)),
                    Keys(c.RaisedIn), Cite(c.Citations)))).ToList();

    public async Task<List<LegalInstrumentDoc>> LegalInstruments(IQueryable<LegalInstrument> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(i => i.Citations).ToListAsync(ct))
                .OrderBy(i => i.Key, StringComparer.Ordinal)
                .Select(i => new LegalInstrumentDoc(i.Key, i.Title, partyKeys[i.PartyId], i.Kind, i.Year, Key(institutionKeys, i.IssuerId), i.Summary, Cite(i.Citations)))).ToList();

    public async Task<List<ProvisionDoc>> Provisions(IQueryable<Provision> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(p => p.IssueAreas).Include(p => p.Citations).AsSplitQuery().ToListAsync(ct))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new ProvisionDoc(p.Key, instrumentKeys[p.InstrumentId], p.Label, p.Title, p.Text, Listed(p.VagueTerms), Keys(p.IssueAreas), Cite(p.Citations)))).ToList();

    public async Task<List<ProgrammeDoc>> Programmes(IQueryable<Programme> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(p => p.Partners).Include(p => p.IssueAreas).Include(p => p.Citations).AsSplitQuery().ToListAsync(ct))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new ProgrammeDoc(p.Key, p.Name, Key(institutionKeys, p.FunderId), Key(institutionKeys, p.ImplementerId), Keys(p.Partners),
                    p.PartnerDescription, Keys(p.IssueAreas), Listed(p.Topics), p.StartYear, p.EndYear, p.Description, Cite(p.Citations)))).ToList();

    public async Task<List<FrameworkDoc>> Frameworks(IQueryable<Framework> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(f => f.Members).Include(f => f.Events).Include(f => f.Leverage)
                    .Include(f => f.Citations).AsSplitQuery().ToListAsync(ct))
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => new FrameworkDoc(f.Key, f.Name, f.Kind, f.Description, Keys(f.Members),
                    Listed(f.Events.Select(e => new FrameworkEventDoc(e.Kind, e.Date, Key(partyKeys, e.PartyId), e.Note))
                        .OrderBy(e => e.Date?.ToString(), StringComparer.Ordinal).ThenBy(e => e.Kind)
                        .ThenBy(e => e.Party, StringComparer.Ordinal).ThenBy(e => e.Note, StringComparer.Ordinal)),
                    Listed(f.Leverage.Select(l => new LeverageDoc(areaKeys[l.IssueAreaId], l.Note))
                        .OrderBy(l => l.IssueArea, StringComparer.Ordinal).ThenBy(l => l.Note, StringComparer.Ordinal)),
                    Cite(f.Citations)))).ToList();

    public async Task<List<StatementDoc>> Statements(IQueryable<Statement> records, CancellationToken ct = default) =>
        ((await Linked(await records.AsNoTracking().Include(s => s.Citations).ToListAsync(ct), list => roundKeys.LoadAsync(list.Select(s => s.RoundId), ct)))
                .OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new StatementDoc(s.Key, s.Title, s.Kind, s.Text, Key(partyKeys, s.PartyId), s.Speaker, s.Date, Key(roundKeys, s.RoundId), Cite(s.Citations)))).ToList();

    public async Task<List<LexiconEntryDoc>> Lexicon(IQueryable<LexiconEntry> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(l => l.Citations).ToListAsync(ct))
                .OrderBy(l => l.Key, StringComparer.Ordinal)
                .Select(l => new LexiconEntryDoc(l.Key, l.Lexicon, l.Category, l.Term, l.Language, l.Why, l.Suggestion, Cite(l.Citations)))).ToList();

    public async Task<List<RiskAssessmentDoc>> RiskAssessments(IQueryable<RiskAssessment> records, CancellationToken ct = default) =>
        ((await records.AsNoTracking().Include(r => r.Citations).ToListAsync(ct))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new RiskAssessmentDoc(r.Key, areaKeys[r.IssueAreaId], r.Year, r.Level, r.Overrides, Key(partyKeys, r.PartyId), r.Note, Cite(r.Citations)))).ToList();
}
