using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Analyses;
using Parley.Store;

namespace Parley.Features.Briefings;

/// <summary>Loads what a briefing for one channel (and round) is computed from.</summary>
public static class BriefingQuery
{
    /// <summary><paramref name="today"/> is the day the asks are prepared on (the round's date when later).</summary>
    public static async Task<BriefingInput> LoadAsync(ParleyDb db, string channelName, string? roundName, CancellationToken ct = default, DateOnly? today = null)
    {
        var channels = await db.Channels.AsNoTracking().Include(c => c.Parties).Include(c => c.IssueAreas).Include(c => c.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery().ToListAsync(ct);
        var channel = RecordResolver.Resolve(channels, channelName, c => c.Name, "channel");
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.ChannelId == channel.Id)
            .Include(r => r.Delegates).ThenInclude(d => d.Institution)
            .Include(r => r.Agenda).ThenInclude(a => a.IssueArea)
            .Include(r => r.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery().ToListAsync(ct);
        var round = roundName is null ? DefaultRound(rounds) : RecordResolver.Resolve(rounds, roundName, r => r.Title, $"round of {channel.Name}");

        return new BriefingInput(
            channel,
            rounds,
            round,
            await db.IssueAreas.AsNoTracking().ToListAsync(ct),
            await db.Institutions.AsNoTracking().Include(i => i.Powers).Include(i => i.Party).Include(i => i.Citations).ThenInclude(c => c.Source).AsSplitQuery().ToListAsync(ct),
            await db.Commitments.AsNoTracking().Include(c => c.Party).Include(c => c.OwnerInstitution).Include(c => c.IssueAreas).Include(c => c.Frameworks)
                .Include(c => c.DependsOn).Include(c => c.History).Include(c => c.Citations).ThenInclude(c => c.Source).AsSplitQuery().ToListAsync(ct),
            await db.Cases.AsNoTracking().Include(c => c.IssueAreas).Include(c => c.Charges).ThenInclude(p => p.Instrument).Include(c => c.Events)
                .Include(c => c.RaisedIn).Include(c => c.Citations).ThenInclude(c => c.Source).AsSplitQuery().ToListAsync(ct),
            await db.Provisions.AsNoTracking().Include(p => p.Instrument).Include(p => p.IssueAreas).Include(p => p.Citations).ThenInclude(c => c.Source).AsSplitQuery().ToListAsync(ct),
            await db.Programmes.AsNoTracking().Include(p => p.Implementer).Include(p => p.IssueAreas).Include(p => p.Citations).ThenInclude(c => c.Source).AsSplitQuery().ToListAsync(ct),
            await db.Frameworks.AsNoTracking().Include(f => f.Members).Include(f => f.Events).ThenInclude(e => e.Party).Include(f => f.Leverage).ThenInclude(l => l.IssueArea)
                .Include(f => f.Citations).ThenInclude(c => c.Source).AsSplitQuery().ToListAsync(ct),
            await db.Statements.AsNoTracking().Include(s => s.Citations).ThenInclude(c => c.Source).ToListAsync(ct),
            await db.LexiconEntries.AsNoTracking().Include(l => l.Citations).ThenInclude(c => c.Source).ToListAsync(ct),
            await db.RiskAssessments.AsNoTracking().Include(r => r.IssueArea).Include(r => r.Citations).ThenInclude(c => c.Source).ToListAsync(ct),
            await AcceptedByPartiesAsync(db, channel, ct),
            round is null ? null
                : Asks.AsksQuery.Analyze(await Asks.AsksQuery.LoadAsync(db, ct), channel, round, rounds, today ?? DateOnly.FromDateTime(DateTime.UtcNow)));
    }

    /// <summary>Recommendations the channel's parties accepted (imported UPR records among them), with their areas and sources.</summary>
    private static async Task<List<Recommendation>> AcceptedByPartiesAsync(ParleyDb db, Channel channel, CancellationToken ct)
    {
        var parties = channel.Parties.Select(p => p.Id).ToList();
        return await db.Recommendations.AsNoTracking()
            .Where(r => r.Response == RecommendationResponse.Accepted && r.ToPartyId != null && parties.Contains(r.ToPartyId.Value))
            .Include(r => r.FromParty).Include(r => r.ToParty).Include(r => r.IssueAreas).Include(r => r.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery().ToListAsync(ct);
    }

    /// <summary>The round a briefing prepares by default: the next planned one, else the latest held.</summary>
    private static Round? DefaultRound(IReadOnlyList<Round> rounds) =>
        rounds.Where(r => r.Status == RoundStatus.Planned).OrderBy(r => r.Date?.ToString() ?? "9999").ThenBy(r => r.Key, StringComparer.Ordinal).FirstOrDefault()
        ?? rounds.OrderByDescending(r => r.Date?.ToString() ?? "").FirstOrDefault();
}
