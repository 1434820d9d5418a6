using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Coverage;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.Coverage;

/// <summary>Loads what decision-chain coverage needs and runs it for a round, or for a proposed delegation and agenda.</summary>
public static class CoverageQuery
{
    /// <summary>The channel and round (null for a proposed delegation) the result is about, and the result.</summary>
    public sealed record Answer(string ChannelKey, string Channel, string? RoundKey, string? Round, CoverageResult Result);

    public static async Task<Answer> RunAsync(ParleyDb db, string? channelName, string? roundName, string? delegationNames, string? agendaNames,
        CancellationToken ct = default)
    {
        var channels = await db.Channels.AsNoTracking().Include(c => c.Parties).Include(c => c.IssueAreas).ToListAsync(ct);
        var channel = RecordResolver.Resolve(channels, channelName, c => c.Name, "channel");
        var institutions = await db.Institutions.AsNoTracking().Include(i => i.Powers).ToListAsync(ct);
        var areas = await db.IssueAreas.AsNoTracking().ToListAsync(ct);
        var proposed = !string.IsNullOrWhiteSpace(delegationNames) || !string.IsNullOrWhiteSpace(agendaNames);

        if (proposed)
        {
            if (!string.IsNullOrWhiteSpace(roundName)) throw new UserError("give either a round or a proposed delegation and agenda, not both");
            if (string.IsNullOrWhiteSpace(delegationNames)) throw new UserError("a proposed agenda needs a delegation: give the institutions at the table");
            var delegation = RecordResolver.ResolveAll(institutions, delegationNames, i => i.Name, "institution");
            var agenda = string.IsNullOrWhiteSpace(agendaNames)
                ? channel.IssueAreas.Select(a => a.Id).ToList()
                : RecordResolver.ResolveAll(areas, agendaNames, a => a.Name, "issue area").Select(a => a.Id).ToList();
            if (agenda.Count == 0) throw new UserError($"the channel {channel.Key} has no issue areas; give --agenda");
            return new Answer(channel.Key, channel.Name, null, null,
                CoverageAnalysis.Analyze(institutions, areas, channel.Parties, delegation.Select(i => i.Id).ToHashSet(), agenda));
        }

        var rounds = await db.Rounds.AsNoTracking().Where(r => r.ChannelId == channel.Id).Include(r => r.Delegates).Include(r => r.Agenda).ToListAsync(ct);
        if (rounds.Count == 0) throw new UserError($"the channel {channel.Key} has no rounds; give --delegation and --agenda for a proposed one");
        // Without a round named, the one being prepared matters most: the planned round, else the latest held.
        var round = string.IsNullOrWhiteSpace(roundName)
            ? rounds.OrderBy(r => r.Status == RoundStatus.Planned ? 1 : 0).ThenBy(r => r.Date).ThenBy(r => r.Number).Last()
            : RecordResolver.Resolve(rounds, roundName, r => r.Title, $"round of {channel.Key}");
        var roundAgenda = round.Agenda.Select(a => a.IssueAreaId).ToList();
        if (roundAgenda.Count == 0) roundAgenda = channel.IssueAreas.Select(a => a.Id).ToList();
        return new Answer(channel.Key, channel.Name, round.Key, round.Title,
            CoverageAnalysis.Analyze(institutions, areas, channel.Parties, round.Delegates.Select(d => d.InstitutionId).ToHashSet(), roundAgenda));
    }
}
