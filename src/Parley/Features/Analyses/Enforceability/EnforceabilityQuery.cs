using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Enforceability;
using Parley.Store;

namespace Parley.Features.Analyses.Enforceability;

/// <summary>Loads commitments with everything that judges them, and scores them, optionally for one channel or party.</summary>
public static class EnforceabilityQuery
{
    public static async Task<EnforceabilityResult> RunAsync(ParleyDb db, string? channelName, string? partyName, DateOnly asOf, CancellationToken ct = default)
    {
        int? channelId = null, partyId = null;
        if (!string.IsNullOrWhiteSpace(channelName))
            channelId = RecordResolver.Resolve(await db.Channels.AsNoTracking().ToListAsync(ct), channelName, c => c.Name, "channel").Id;
        if (!string.IsNullOrWhiteSpace(partyName))
            partyId = RecordResolver.Resolve(await db.Parties.AsNoTracking().ToListAsync(ct), partyName, p => p.Name, "party").Id;

        var commitments = await db.Commitments.AsNoTracking().AsSplitQuery()
            .Include(c => c.Party).Include(c => c.Channel).Include(c => c.Round).Include(c => c.OwnerInstitution)
            .Include(c => c.IssueAreas).Include(c => c.Frameworks).Include(c => c.DependsOn).Include(c => c.History)
            .ToListAsync(ct);
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Events).ToListAsync(ct);
        var areas = await db.IssueAreas.AsNoTracking().ToListAsync(ct);
        return EnforceabilityAnalysis.Analyze(commitments, frameworks, areas, asOf,
            c => (channelId is null || c.ChannelId == channelId) && (partyId is null || c.PartyId == partyId));
    }
}
