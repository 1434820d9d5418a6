namespace Parley.Domain;

/// <summary>
/// Which law applied on a date: the one rule every "as of" question uses (legal clarity, case charges, treaty status,
/// what changed between rounds). An instrument is in force from its in-force date (else its adoption, else the first
/// day of its year; with none of these, since before any date asked) to its last day in force; a provision, within
/// its instrument's time, from and until its own dates where it has them. A date known only to the month or year
/// counts from its first day and until its last, so nothing is reported as ended before it surely did.
/// </summary>
public static class LegalValidity
{
    public static DateOnly? StartOf(LegalInstrument instrument) => Start(instrument)?.Earliest;

    /// <summary>The date <see cref="StartOf"/> counts from, as precisely as the record has it.</summary>
    public static PartialDate? Start(LegalInstrument instrument) =>
        instrument.InForceFrom ?? instrument.Adopted ?? (instrument.Year is { } year ? new PartialDate(year) : null);

    public static bool IsInForce(LegalInstrument instrument, DateOnly date) =>
        (StartOf(instrument) is not { } start || start <= date) && (instrument.InForceUntil is not { } until || until.Latest >= date);

    public static bool IsInForce(Provision provision, DateOnly date) =>
        IsInForce(provision.Instrument, date)
        && (provision.InForceFrom is not { } from || from.Earliest <= date)
        && (provision.InForceUntil is not { } until || until.Latest >= date);

    /// <summary>
    /// The provisions that continue <paramref name="provision"/>, following successors through every later version and
    /// replacing instrument, nearest first; each appears once even where the links meet again.
    /// </summary>
    public static IReadOnlyList<Provision> SuccessorsOf(Provision provision)
    {
        var seen = new HashSet<Provision> { provision };
        var order = new List<Provision>();
        var next = new Queue<Provision>(provision.Successors);
        while (next.TryDequeue(out var successor))
        {
            if (!seen.Add(successor)) continue;
            order.Add(successor);
            foreach (var later in successor.Successors) next.Enqueue(later);
        }
        return order;
    }

    /// <summary>
    /// The provision in force on <paramref name="date"/> that carries <paramref name="provision"/> on: itself when it is in
    /// force, else the first of its successors that is; null when none is (repealed without successor, or not yet law).
    /// </summary>
    public static Provision? InForceVersion(Provision provision, DateOnly date) =>
        IsInForce(provision, date) ? provision : SuccessorsOf(provision).FirstOrDefault(p => IsInForce(p, date));
}
