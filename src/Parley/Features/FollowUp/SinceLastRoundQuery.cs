using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;
using Parley.Web.Localization;

namespace Parley.Features.FollowUp;

/// <summary>
/// Loads what a "since the last round" report is drawn from: the channel (by key), its last round held, its commitments
/// (those naming it or one of its rounds, and those naming neither made by one of its parties in one of its issue
/// areas), the recommendations raised in its rounds, and every follow-up.
/// </summary>
public static class SinceLastRoundQuery
{
    public static async Task<SinceLastRoundReport.Input> LoadAsync(ParleyDb db, string? channel, DateOnly today, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(channel)) throw new UserError(new Message("FollowUpErr.NameChannel"));
        var wanted = channel.Trim();
        var found = await db.Channels.AsNoTracking().SingleOrDefaultAsync(c => c.Key == wanted, ct)
            ?? throw new UserError(new Message("FollowUpErr.NoChannel", wanted));
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.ChannelId == found.Id).ToListAsync(ct);
        var parties = await db.Channels.AsNoTracking().Where(c => c.Id == found.Id).SelectMany(c => c.Parties.Select(p => p.Id)).ToListAsync(ct);
        var areas = await db.Channels.AsNoTracking().Where(c => c.Id == found.Id).SelectMany(c => c.IssueAreas.Select(a => a.Id)).ToListAsync(ct);
        var last = rounds.Where(r => r.Date is { } d && d.Earliest <= today && r.Status != RoundStatus.Planned)
            .OrderBy(r => r.Date!.Value.Earliest).ThenBy(r => r.Id).LastOrDefault();
        var commitments = await db.Commitments.AsNoTracking()
            // A commitment naming no channel or round belongs to each channel of its party that covers one of its issue areas.
            .Where(c => c.ChannelId == found.Id || (c.Round != null && c.Round.ChannelId == found.Id)
                || (c.ChannelId == null && c.RoundId == null && parties.Contains(c.PartyId) && c.IssueAreas.Any(a => areas.Contains(a.Id))))
            .Include(c => c.IssueAreas).AsSplitQuery().ToListAsync(ct);
        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => r.Round != null && r.Round.ChannelId == found.Id)
            .Include(r => r.IssueAreas).Include(r => r.FromParty).AsSplitQuery().ToListAsync(ct);
        return new SinceLastRoundReport.Input(found, last, commitments, recommendations, await FollowUpQuery.AllAsync(db, ct), today);
    }
}
