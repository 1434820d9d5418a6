using Parley.Analyses.Asks;
using Parley.Analyses.Records;
using Parley.Domain;
using Parley.Features.Analyses;
using Parley.Store;

namespace Parley.Features.Asks;

/// <summary>Loads what the asks for a round are computed from, resolves the round, its date and the party addressed, and runs the analysis.</summary>
public static class AsksQuery
{
    /// <summary>
    /// The asks for <paramref name="roundName"/> (key or part of its title). <paramref name="date"/> defaults to the
    /// round's date when it is later than <paramref name="today"/>, else today; <paramref name="to"/> (the party the asks
    /// are addressed to) defaults to the channel's party whose institutions hold the most powers on record.
    /// </summary>
    public static async Task<AsksResult> RunAsync(ParleyDb db, string? roundName, DateOnly today, DateOnly? date = null, string? to = null,
        CancellationToken ct = default)
    {
        var records = await RecordSnapshotQuery.LoadAsync(db, ct);
        var round = RecordResolver.Resolve(records.Rounds, roundName, r => r.Title, "round");
        return Analyze(records, round.Channel, round, records.Rounds.Where(r => r.ChannelId == round.ChannelId).ToList(), today, date, to);
    }

    public static AsksResult Analyze(RecordSnapshot records, Channel channel, Round round, IReadOnlyList<Round> channelRounds, DateOnly today,
        DateOnly? date = null, string? to = null)
    {
        var parties = channel.Parties.Count > 0 ? channel.Parties.Select(p => records.Parties.First(x => x.Id == p.Id)).ToList() : records.Parties.ToList();
        var addressed = to is not null ? RecordResolver.Resolve(parties, to, p => p.Name, $"party of {channel.Name}")
            : parties.OrderByDescending(p => records.Institutions.Where(i => i.PartyId == p.Id).Sum(i => i.Powers.Count)).ThenBy(p => p.Key, StringComparer.Ordinal)
                .FirstOrDefault() ?? throw new UserError($"{channel.Name} has no party to address the asks to");
        var on = date ?? (round.Date?.Earliest is { } d && d > today ? d : today);
        return AsksAnalysis.Analyze(records, new AskRound(channel, round, on, channelRounds, addressed));
    }
}
