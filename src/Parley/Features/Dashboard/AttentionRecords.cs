using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Dashboard;

/// <summary>
/// What the dashboard's attention panels are computed from: the commitments with their status history, and each
/// channel's last and next round. Kept until the store's data changes (<see cref="DataVersion"/>): reading every round
/// (2,001 at a million recommendations) on each view was a large part of what a view cost.
/// </summary>
public sealed record AttentionRecords(IReadOnlyList<Commitment> Commitments, IReadOnlyList<(Channel Channel, Round? Last, Round? Next)> Channels)
{
    private static readonly KeptPerVersion<AttentionRecords> Kept = new(ReadAsync);

    public static Task<AttentionRecords> OfAsync(ParleyDb db, CancellationToken ct) => Kept.OfAsync(db, ct);

    private static async Task<AttentionRecords> ReadAsync(ParleyDb db, CancellationToken ct)
    {
        var commitments = await db.Commitments.AsNoTracking().Include(c => c.Party).Include(c => c.History).ToListAsync(ct);
        var channels = await db.Channels.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        var rounds = (await db.Rounds.AsNoTracking().ToListAsync(ct)).ToLookup(r => r.ChannelId);
        return new AttentionRecords(commitments, channels.Select(c =>
        {
            var (last, next) = Attention.LastAndNext(rounds[c.Id]);
            return (c, last, next);
        }).ToList());
    }
}
