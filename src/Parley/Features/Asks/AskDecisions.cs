using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Asks;
using Parley.Domain;
using Parley.Features.Analyses;
using Parley.Store;

namespace Parley.Features.Asks;

/// <summary>
/// Editors' decisions on asks, each saved in one audited save (the store stamps every change in the audit trail):
/// accepting puts the ask's issue area on the round's agenda with the action as its note; dropping takes it off again;
/// once the round is held, accepted asks are recorded as commitments with their owner, deadline and indicator.
/// </summary>
public static partial class AskDecisions
{
    /// <summary>What an editor changes when accepting (null: as proposed).</summary>
    public sealed record Edits(string? Action = null, string? Deadline = null, string? Indicator = null, string? Institution = null);

    public static async Task<AskDecision> DecideAsync(ParleyDb db, string roundName, string askKey, bool accept, Edits edits, DateOnly today,
        CancellationToken ct = default)
    {
        var round = await RoundAsync(db, roundName, ct);
        var asks = await AsksQuery.RunAsync(db, round.Key, today, null, null, ct);
        var ask = asks.Asks.FirstOrDefault(a => a.Key == askKey)
            ?? throw new UserError($"ask: '{askKey}' is not among the asks proposed for {round.Title}; known: {string.Join(", ", asks.Asks.Select(a => a.Key).Take(12))}");
        var key = $"{round.Key}/{askKey}";
        var decision = await db.Set<AskDecision>().Include(d => d.Round).ThenInclude(r => r.Agenda).FirstOrDefaultAsync(d => d.Key == key, ct);
        if (decision?.CommitmentId is not null) throw new UserError($"ask: '{askKey}' is already recorded as a commitment; change the commitment instead");
        var previous = decision?.Accepted == true ? decision.Action : null;
        decision ??= db.Set<AskDecision>().Add(new AskDecision { Key = key, RoundId = round.Id, AskKey = askKey }).Entity;

        var area = await db.IssueAreas.FirstAsync(a => a.Key == ask.IssueAreaKey, ct);
        decision.Accepted = accept;
        decision.Action = Text(edits.Action, "action", 1000) ?? AskWording.Action(ask, false);
        decision.Indicator = Text(edits.Indicator, "indicator", 1000) ?? ask.Indicator;
        decision.Verification = ask.Verification;
        decision.Instrument = ask.Instrument;
        decision.IssueAreaId = area.Id;
        decision.Deadline = edits.Deadline is { Length: > 0 } d
            ? PartialDate.TryParse(d, out var date) ? date : throw new UserError($"deadline: '{d}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
            : PartialDate.FromDate(ask.Deadline.Date);
        var institutions = await db.Institutions.ToListAsync(ct);
        decision.InstitutionId = edits.Institution is { Length: > 0 } named
            ? RecordResolver.Resolve(institutions, named, i => i.Name, "institution").Id
            : institutions.FirstOrDefault(i => i.Key == ask.Institution.Key)?.Id;

        // The round's agenda follows the decision: one item per accepted ask, found again by its note.
        if (previous is not null) round.Agenda.RemoveAll(a => a.IssueAreaId == area.Id && a.Note == previous);
        if (accept) round.Agenda.Add(new AgendaItem { IssueAreaId = area.Id, Note = decision.Action });
        await db.SaveChangesAsync(ct);
        return decision;
    }

    /// <summary>Records each accepted ask of a held round as a commitment of the party it was addressed to; returns those recorded now.</summary>
    public static async Task<IReadOnlyList<Commitment>> RecordCommitmentsAsync(ParleyDb db, string roundName, DateOnly today, CancellationToken ct = default)
    {
        var round = await RoundAsync(db, roundName, ct);
        if (round.Status != RoundStatus.Held)
            throw new UserError($"round: {round.Title} is {Parley.Analyses.Words.Of(round.Status)}; asks become commitments once it is held");
        var open = await db.Set<AskDecision>().Include(d => d.IssueArea).Include(d => d.Institution)
            .Where(d => d.RoundId == round.Id && d.Accepted && d.CommitmentId == null).OrderBy(d => d.Key).ToListAsync(ct);
        if (open.Count == 0) return [];
        var asks = await AsksQuery.RunAsync(db, round.Key, today, null, null, ct);
        var party = await db.Parties.FirstAsync(p => p.Name == asks.AddressedTo, ct);
        var made = new List<Commitment>();
        foreach (var d in open)
        {
            var commitment = new Commitment
            {
                Key = $"{round.Key}-{NotKeyChars().Replace(d.AskKey, "-")}".ToLowerInvariant(),
                Title = d.Action, Party = party, OwnerInstitution = d.Institution, Deadline = d.Deadline, Indicator = d.Indicator,
                Verification = d.Verification, Instrument = d.Instrument, ChannelId = round.ChannelId, RoundId = round.Id,
                IssueAreas = d.IssueArea is null ? [] : [d.IssueArea],
                History = [new CommitmentStatusChange { Status = CommitmentStatus.Open, Date = round.Date, RoundId = round.Id, Note = $"Accepted as an ask in {round.Title}." }],
            };
            if (await db.Commitments.AnyAsync(c => c.Key == commitment.Key, ct))
                throw new UserError($"a commitment with the key {commitment.Key} already exists; nothing was recorded");
            db.Commitments.Add(commitment);
            d.Commitment = commitment;
            made.Add(commitment);
        }
        await db.SaveChangesAsync(ct);
        return made;
    }

    private static async Task<Round> RoundAsync(ParleyDb db, string roundName, CancellationToken ct) =>
        RecordResolver.Resolve(await db.Rounds.Include(r => r.Agenda).ToListAsync(ct), roundName, r => r.Title, "round");

    private static string? Text(string? value, string field, int max) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Trim().Length > max ? throw new UserError($"{field}: at most {max} characters") : value.Trim();

    [GeneratedRegex("[^a-zA-Z0-9]+")]
    private static partial Regex NotKeyChars();
}
