using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Asks;
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
        var rounds = await db.Rounds.AsNoTracking().Include(r => r.Channel).ThenInclude(c => c.Parties).Include(r => r.Channel).ThenInclude(c => c.IssueAreas)
            .Include(r => r.Delegates).Include(r => r.Agenda).AsSplitQuery().ToListAsync(ct);
        var round = RecordResolver.Resolve(rounds, roundName, r => r.Title, "round");
        var inputs = await LoadAsync(db, ct);
        return Analyze(inputs, round.Channel, round, rounds.Where(r => r.ChannelId == round.ChannelId).ToList(), today, date, to);
    }

    public static AsksResult Analyze(AskInputs inputs, Channel channel, Round round, IReadOnlyList<Round> channelRounds, DateOnly today, DateOnly? date = null,
        string? to = null)
    {
        var parties = channel.Parties.Count > 0 ? channel.Parties.Select(p => inputs.Parties.First(x => x.Id == p.Id)).ToList() : inputs.Parties.ToList();
        var addressed = to is not null ? RecordResolver.Resolve(parties, to, p => p.Name, $"party of {channel.Name}")
            : parties.OrderByDescending(p => inputs.Institutions.Where(i => i.PartyId == p.Id).Sum(i => i.Powers.Count)).ThenBy(p => p.Key, StringComparer.Ordinal)
                .FirstOrDefault() ?? throw new UserError($"{channel.Name} has no party to address the asks to");
        var on = date ?? (round.Date?.Earliest is { } d && d > today ? d : today);
        return AsksAnalysis.Analyze(inputs, new AskRound(channel, round, on, channelRounds, addressed));
    }

    public static async Task<AskInputs> LoadAsync(ParleyDb db, CancellationToken ct)
    {
        var instruments = await db.LegalInstruments.AsNoTracking().Include(i => i.Provisions).ThenInclude(p => p.IssueAreas).AsSplitQuery().ToListAsync(ct);
        return new AskInputs(
            await db.Parties.AsNoTracking().ToListAsync(ct),
            await db.IssueAreas.AsNoTracking().ToListAsync(ct),
            await db.Institutions.AsNoTracking().Include(i => i.Powers).ThenInclude(p => p.Source).Include(i => i.Citations).ThenInclude(c => c.Source)
                .AsSplitQuery().ToListAsync(ct),
            await db.Recommendations.AsNoTracking().Include(r => r.FromParty).Include(r => r.IssueAreas).Include(r => r.Citations).ThenInclude(c => c.Source)
                .AsSplitQuery().ToListAsync(ct),
            await db.Commitments.AsNoTracking().Include(c => c.OwnerInstitution).Include(c => c.IssueAreas).Include(c => c.Frameworks).Include(c => c.History)
                .Include(c => c.Citations).ThenInclude(c => c.Source).AsSplitQuery().ToListAsync(ct),
            await db.Cases.AsNoTracking().Include(c => c.IssueAreas).Include(c => c.Charges).ThenInclude(p => p.Instrument).Include(c => c.Events)
                .Include(c => c.Citations).ThenInclude(c => c.Source).AsSplitQuery().ToListAsync(ct),
            instruments,
            await db.Provisions.AsNoTracking().Include(p => p.Instrument).Include(p => p.IssueAreas).Include(p => p.Citations).ThenInclude(c => c.Source)
                .AsSplitQuery().ToListAsync(ct),
            await db.Programmes.AsNoTracking().Include(p => p.Implementer).Include(p => p.Funder).Include(p => p.Partners).Include(p => p.IssueAreas)
                .AsSplitQuery().ToListAsync(ct),
            await db.Frameworks.AsNoTracking().Include(f => f.Members).Include(f => f.Events).Include(f => f.Leverage).Include(f => f.Citations).ThenInclude(c => c.Source)
                .AsSplitQuery().ToListAsync(ct),
            await db.LexiconEntries.AsNoTracking().ToListAsync(ct),
            await db.RiskAssessments.AsNoTracking().Include(a => a.Citations).ThenInclude(c => c.Source).ToListAsync(ct));
    }
}
