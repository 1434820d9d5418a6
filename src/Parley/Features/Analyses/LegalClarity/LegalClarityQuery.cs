using Microsoft.EntityFrameworkCore;
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
        var query = db.Provisions.AsNoTracking().Include(p => p.Instrument).AsQueryable();
        if (!string.IsNullOrWhiteSpace(instrumentName))
        {
            var instrument = RecordResolver.Resolve(await db.LegalInstruments.AsNoTracking().ToListAsync(ct), instrumentName, i => i.Title, "legal instrument");
            query = query.Where(p => p.InstrumentId == instrument.Id);
        }
        var lexicon = await db.LexiconEntries.AsNoTracking().Where(e => e.Lexicon == LexiconKind.LegalClarity).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking().Include(c => c.Charges).ToListAsync(ct);
        var result = LegalClarityAnalysis.Analyze(await query.ToListAsync(ct), lexicon, cases);
        return namesCases ? result : new LegalClarityResult(result.Provisions.Select(p => p with { Cases = [] }).ToList());
    }
}
