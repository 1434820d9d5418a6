using Microsoft.EntityFrameworkCore;
using Parley.Analyses.IssueAreas;
using Parley.Analyses.LegalClarity;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.LegalClarity;

/// <summary>Loads provisions, the legal-clarity lexicon and the charges in cases, and ranks the provisions.</summary>
public static class LegalClarityQuery
{
    /// <summary><paramref name="namesCases"/> false (a reader without case access) keeps how many cases were charged, not whose.</summary>
    public static async Task<LegalClarityResult> RunAsync(ParleyDb db, string? instrumentName, CancellationToken ct = default, bool namesCases = true)
    {
        var query = db.Provisions.AsNoTracking().Include(p => p.Instrument).Include(p => p.IssueAreas).AsSplitQuery().AsQueryable();
        if (!string.IsNullOrWhiteSpace(instrumentName))
        {
            var instrument = RecordResolver.Resolve(await db.LegalInstruments.AsNoTracking().ToListAsync(ct), instrumentName, i => i.Title, "legal instrument");
            query = query.Where(p => p.InstrumentId == instrument.Id);
        }
        var lexicon = await db.LexiconEntries.AsNoTracking().Where(e => e.Lexicon == LexiconKind.LegalClarity).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking().Include(c => c.Charges).ToListAsync(ct);
        var provisions = await query.ToListAsync(ct);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var institutions = await db.Institutions.AsNoTracking().Include(i => i.Powers).ToListAsync(ct);
        var programmes = await db.Programmes.AsNoTracking().Include(p => p.Implementer).Include(p => p.Funder).Include(p => p.Partners)
            .Include(p => p.IssueAreas).AsSplitQuery().ToListAsync(ct);
        var tree = new IssueAreaTree(await db.IssueAreas.AsNoTracking().ToListAsync(ct));
        var byKey = provisions.ToDictionary(p => p.Key);
        var result = LegalClarityAnalysis.Analyze(provisions, lexicon, cases, today);
        result = new LegalClarityResult(result.Provisions.Select(p => p.Terms.Count == 0 ? p
            : p with { Remedy = ClarityRemedies.For(byKey[p.Key], institutions, programmes, tree, today.Year) }).ToList());
        return namesCases ? result : new LegalClarityResult(result.Provisions.Select(p => p with { Cases = [] }).ToList());
    }
}
