using Microsoft.EntityFrameworkCore;
using Parley.Analyses.IssueAreas;
using Parley.Analyses.LegalClarity;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.LegalClarity;

/// <summary>Loads provisions, the legal-clarity lexicon and the charges in cases, and ranks the provisions.</summary>
public static class LegalClarityQuery
{
    /// <summary>
    /// <paramref name="namesCases"/> false (a reader without case access) keeps how many cases were charged, not whose;
    /// <paramref name="asOf"/> keeps the law in force on that date (every provision recorded when null).
    /// </summary>
    public static async Task<LegalClarityResult> RunAsync(ParleyDb db, string? instrumentName, CancellationToken ct = default, bool namesCases = true,
        DateOnly? asOf = null)
    {
        // Identity resolution: the successor links must point at the same provision objects for versions to be followed.
        var all = await db.Provisions.AsNoTrackingWithIdentityResolution().Include(p => p.Instrument).Include(p => p.IssueAreas).Include(p => p.Successors)
            .AsSplitQuery().ToListAsync(ct);
        IEnumerable<Provision> query = all;
        if (!string.IsNullOrWhiteSpace(instrumentName))
        {
            var instrument = RecordResolver.Resolve(await db.LegalInstruments.AsNoTracking().ToListAsync(ct), instrumentName, i => i.Title, "legal instrument");
            query = query.Where(p => p.InstrumentId == instrument.Id);
        }
        var lexicon = await db.LexiconEntries.AsNoTracking().Where(e => e.Lexicon == LexiconKind.LegalClarity).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking().Include(c => c.Charges).ToListAsync(ct);
        var provisions = query.ToList();
        var today = asOf ?? StoreClock.Today();
        IReadOnlyList<TermChange> changes = [];
        if (asOf is { } date)
        {
            var byId = all.ToDictionary(p => p.Id);
            foreach (var c in cases) c.Charges = c.Charges.Select(p => byId[p.Id]).ToList();
            LegalHistory.CarryCharges(cases, date);
            provisions = [.. LegalHistory.InForce(provisions, date)];
            changes = LegalHistory.TermChanges(provisions, all, lexicon);
        }
        var institutions = await db.Institutions.AsNoTracking().Include(i => i.Powers).ToListAsync(ct);
        var programmes = await db.Programmes.AsNoTracking().Include(p => p.Implementer).Include(p => p.Funder).Include(p => p.Partners)
            .Include(p => p.IssueAreas).AsSplitQuery().ToListAsync(ct);
        var tree = new IssueAreaTree(await db.IssueAreas.AsNoTracking().ToListAsync(ct));
        var byKey = provisions.ToDictionary(p => p.Key);
        var result = LegalClarityAnalysis.Analyze(provisions, lexicon, cases, today) with { AsOf = asOf, TermChanges = changes };
        result = result with
        {
            Provisions = result.Provisions.Select(p => p.Terms.Count == 0 ? p
                : p with { Remedy = ClarityRemedies.For(byKey[p.Key], institutions, programmes, tree, today.Year) }).ToList(),
        };
        return namesCases ? result : result with { Provisions = result.Provisions.Select(p => p with { Cases = [] }).ToList() };
    }
}
