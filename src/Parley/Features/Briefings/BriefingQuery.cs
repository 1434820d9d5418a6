using Parley.Domain;
using Parley.Features.Analyses;
using Parley.Store;

namespace Parley.Features.Briefings;

/// <summary>Loads what a briefing for one channel (and round) is computed from: the one record snapshot, and the asks.</summary>
public static class BriefingQuery
{
    /// <summary><paramref name="today"/> is the day the asks are prepared on (the round's date when later).</summary>
    public static async Task<BriefingInput> LoadAsync(ParleyDb db, string channelName, string? roundName, CancellationToken ct = default, DateOnly? today = null)
    {
        var records = await RecordSnapshotQuery.LoadAsync(db, ct);
        var channel = RecordResolver.Resolve(records.Channels, channelName, c => c.Name, "channel");
        var rounds = records.Rounds.Where(r => r.ChannelId == channel.Id).ToList();
        var round = roundName is null ? DefaultRound(rounds) : RecordResolver.Resolve(rounds, roundName, r => r.Title, $"round of {channel.Name}");
        var asks = round is null ? null : Asks.AsksQuery.Analyze(records, channel, round, rounds, today ?? StoreClock.Today());
        return new BriefingInput(channel, rounds, round, records, asks);
    }

    /// <summary>The round a briefing prepares by default: the next planned one, else the latest held.</summary>
    private static Round? DefaultRound(IReadOnlyList<Round> rounds) =>
        rounds.Where(r => r.Status == RoundStatus.Planned).OrderBy(r => r.Date?.ToString() ?? "9999").ThenBy(r => r.Key, StringComparer.Ordinal).FirstOrDefault()
        ?? rounds.OrderByDescending(r => r.Date?.ToString() ?? "").FirstOrDefault();
}
