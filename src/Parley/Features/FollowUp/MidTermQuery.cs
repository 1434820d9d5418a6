using Microsoft.EntityFrameworkCore;
using Parley.Store;
using Parley.Web.Localization;

namespace Parley.Features.FollowUp;

/// <summary>Loads what a mid-term report is drawn from: the party (by key or a known name), its recommendations of the cycle, every follow-up.</summary>
public static class MidTermQuery
{
    public static async Task<MidTermReport.Input> LoadAsync(ParleyDb db, string? party, int? cycle, DateOnly today, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(party)) throw new UserError(new Message("FollowUpErr.NameParty"));
        if (cycle is not { } n || n < 1) throw new UserError(new Message("FollowUpErr.NotACycleText", cycle));
        var wanted = party.Trim();
        var found = await db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.Key == wanted, ct)
            ?? throw new UserError(new Message("FollowUpErr.NoParty", wanted));
        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => r.ToPartyId == found.Id && r.Cycle == n)
            .Include(r => r.FromParty).Include(r => r.IssueAreas)
            .AsSplitQuery().ToListAsync(ct);
        return new MidTermReport.Input(found, n, recommendations, await FollowUpQuery.AllAsync(db, ct), today);
    }
}
