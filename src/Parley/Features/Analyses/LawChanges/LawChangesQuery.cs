using Microsoft.EntityFrameworkCore;
using Parley.Analyses.LawChanges;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.LawChanges;

/// <summary>
/// Loads the laws and articles (of one party when asked) and lists what changed between two dates; "since the last
/// round" of a channel starts the period at the date of its latest round held on or before the period's end.
/// </summary>
public static class LawChangesQuery
{
    public static async Task<LawChangesResult> RunAsync(ParleyDb db, DateOnly? since, string? channelName, DateOnly until, string? partyName,
        CancellationToken ct = default)
    {
        string? sinceRound = null;
        if (channelName is not null)
        {
            var channel = RecordResolver.Resolve(await db.Channels.AsNoTracking().ToListAsync(ct), channelName, c => c.Name, "channel");
            var rounds = await db.Rounds.AsNoTracking().Where(r => r.ChannelId == channel.Id && r.Status == RoundStatus.Held).ToListAsync(ct);
            var last = rounds.Where(r => r.Date is { } d && d.Earliest <= until).OrderByDescending(r => r.Date!.Value.Earliest).FirstOrDefault()
                ?? throw new UserError($"channel '{channel.Name}' has no round held with a date on or before {until:yyyy-MM-dd}: give --since instead");
            since ??= last.Date!.Value.Earliest;
            sinceRound = last.Title;
        }
        if (since is not { } from) throw new UserError("give the date the period starts (--since, or since the last round of a channel with --channel)");
        if (from >= until) throw new UserError($"the period starts on {from:yyyy-MM-dd}, not before its end {until:yyyy-MM-dd}");

        var party = partyName is null ? null : RecordResolver.Resolve(await db.Parties.AsNoTracking().ToListAsync(ct), partyName, p => p.Name, "party");
        var instruments = await db.LegalInstruments.AsNoTracking().ToListAsync(ct);
        var provisions = await LawTimeline.ProvisionVersions.LoadAsync(db, ct);
        var changes = LawChangeList.Between(instruments, provisions, from, until);
        if (party is not null)
        {
            var theirs = instruments.Where(i => i.PartyId == party.Id).Select(i => i.Key).Concat(provisions.Where(p => p.Instrument.PartyId == party.Id).Select(p => p.Key))
                .ToHashSet(StringComparer.Ordinal);
            changes = [.. changes.Where(c => theirs.Contains(c.Key))];
        }
        return new LawChangesResult(from, until, party?.Name, sinceRound, changes);
    }
}
