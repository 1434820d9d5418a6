using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Treaties;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.Treaties;

/// <summary>Loads the treaties, a party's recorded statuses and the recommendations made to it, and reads its standing on a date.</summary>
public static class TreatyStatusQuery
{
    public static async Task<TreatyStatusResult> RunAsync(ParleyDb db, string partyName, DateOnly asOf, CancellationToken ct = default)
    {
        var party = RecordResolver.Resolve(await db.Parties.AsNoTracking().ToListAsync(ct), partyName, p => p.Name, "party");
        var treaties = await db.LegalInstruments.AsNoTracking().Where(i => i.Kind == InstrumentKind.Treaty).ToListAsync(ct);
        var statuses = await db.TreatyStatuses.AsNoTracking().Where(s => s.PartyId == party.Id).ToListAsync(ct);
        // Only recommendations with a verb of joining can ask for a treaty: the database narrows a large store first.
        var recommendations = await db.Recommendations.AsNoTracking().Include(r => r.FromParty).Include(r => r.Round)
            .Where(r => r.ToPartyId == party.Id)
            .ContainingAny(r => r.Text, TreatyStatusAnalysis.JoiningPieces)
            .ToListAsync(ct);
        return TreatyStatusAnalysis.Analyze(party, treaties, statuses, recommendations, asOf);
    }
}
