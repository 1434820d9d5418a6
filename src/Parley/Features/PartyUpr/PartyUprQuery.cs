using Microsoft.EntityFrameworkCore;
using Parley.Features.Import;
using Parley.Store;

namespace Parley.Features.PartyUpr;

/// <summary>The UPR record of one party, shared by its page and the API.</summary>
public static class PartyUprQuery
{
    public static async Task<PartyUprRecord?> QueryAsync(ParleyDb db, string key, CancellationToken ct = default)
    {
        var party = await db.Parties.AsNoTracking().Where(p => p.Key == key).Select(p => new { p.Id, p.Key, p.Name }).FirstOrDefaultAsync(ct);
        if (party is null) return null;
        var upr = db.Recommendations.AsNoTracking().Where(r => r.Mechanism == UprImporter.Mechanism);
        var received = await upr.Where(r => r.ToPartyId == party.Id)
            .GroupBy(r => new { r.Cycle, r.Response }).Select(g => new { g.Key.Cycle, g.Key.Response, Count = g.Count() }).ToListAsync(ct);
        var made = await upr.Where(r => r.FromPartyId == party.Id && r.ToPartyId != party.Id)
            .GroupBy(r => new { r.Cycle, r.Response }).Select(g => new { g.Key.Cycle, g.Key.Response, Count = g.Count() }).ToListAsync(ct);
        return new PartyUprRecord(party.Key, party.Name,
            received.Select(t => new UprTally(t.Cycle, t.Response, t.Count)).OrderBy(t => t.Cycle).ThenBy(t => t.Response).ToList(),
            made.Select(t => new UprTally(t.Cycle, t.Response, t.Count)).OrderBy(t => t.Cycle).ThenBy(t => t.Response).ToList());
    }
}
