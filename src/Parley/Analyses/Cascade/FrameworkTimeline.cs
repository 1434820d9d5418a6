using Parley.Domain;

namespace Parley.Analyses.Cascade;

/// <summary>
/// Reads a framework's events as of a date: proposal, negotiation, signature, entry into force (ratification,
/// adoption and election count as in force for the party concerned), withdrawal. Events after the date are not
/// used; undated events are used, as they cannot be placed later than the date.
/// </summary>
public static class FrameworkTimeline
{
    /// <summary>
    /// The stage of <paramref name="framework"/> on <paramref name="asOf"/> (null: with every event on record), for
    /// one party's events plus those of no party, or for all events when <paramref name="partyId"/> is null.
    /// <paramref name="withWithdrawals"/> false gives the stage just before a withdrawal being supposed.
    /// </summary>
    public static FrameworkStatus At(Framework framework, DateOnly? asOf, int? partyId = null, bool withWithdrawals = true)
    {
        var concerned = framework.Events.Where(e => partyId is null || e.PartyId is null || e.PartyId == partyId).ToList();
        var known = concerned.Where(e => asOf is null || e.Date is null || e.Date.Value.Earliest <= asOf.Value).ToList();
        var later = concerned.Where(e => e.Date is { } d && asOf is { } a && d.Earliest > a).Select(e => e.Date!.Value.Earliest).Order().ToList();
        DateOnly? next = later.Count > 0 ? later[0] : null;

        var inForce = known.Where(e => e.Kind is FrameworkEventKind.EntryIntoForce or FrameworkEventKind.Ratification
            or FrameworkEventKind.Adoption or FrameworkEventKind.Election).ToList();
        var withdrawals = withWithdrawals ? known.Where(e => e.Kind == FrameworkEventKind.Withdrawal).ToList() : [];
        if (withdrawals.Count > 0)
            return new(inForce.Count > 0 ? FrameworkStage.Withdrawn : FrameworkStage.NeverInForce, Latest(withdrawals), next);
        if (inForce.Count > 0) return new(FrameworkStage.InForce, Latest(inForce), next);
        foreach (var (kind, stage) in new[]
                 {
                     (FrameworkEventKind.Signature, FrameworkStage.Signed),
                     (FrameworkEventKind.Negotiation, FrameworkStage.Negotiated),
                     (FrameworkEventKind.Proposal, FrameworkStage.Proposed),
                 })
        {
            var events = known.Where(e => e.Kind == kind).ToList();
            if (events.Count > 0) return new(stage, Latest(events), next);
        }
        return new(next is null ? FrameworkStage.NotOnRecord : FrameworkStage.NotYet, null, next);
    }

    private static DateOnly? Latest(IEnumerable<FrameworkEvent> events)
    {
        var dates = events.Where(e => e.Date is not null).Select(e => e.Date!.Value.Earliest).ToList();
        return dates.Count == 0 ? null : dates.Max();
    }
}
