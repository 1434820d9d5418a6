using Parley.Domain;

namespace Parley.Analyses.Records;

/// <summary>
/// How old a fact is. A fact is "as of" the publication date of the newest dated source cited for it. It is stale,
/// for a round being prepared, when that date is before the last round held on the same channel before the round
/// being prepared (before today when that round has no date): something may have been said or done at that round that
/// the sources do not yet show. A fact with no dated source has no "as of" and is never called stale (it is shown as undated).
/// </summary>
public static class StaleFacts
{
    /// <summary>The newest of the dates (null when none is given).</summary>
    public static PartialDate? AsOf(IEnumerable<PartialDate?> published) => published.OfType<PartialDate>().Select(d => (PartialDate?)d).Max();

    /// <summary>The last round held on the channel (of <paramref name="rounds"/>) dated before <paramref name="preparing"/>, or before <paramref name="today"/>.</summary>
    public static Round? LastRoundBefore(IEnumerable<Round> rounds, Round? preparing, DateOnly today)
    {
        var before = preparing?.Date?.Earliest ?? today;
        return rounds.Where(r => r.Status == RoundStatus.Held && r.Date is { } date && date.Earliest < before && r.Id != preparing?.Id)
            .OrderBy(r => r.Date!.Value.Earliest).LastOrDefault();
    }

    /// <summary>True when <paramref name="asOf"/> ends before <paramref name="lastRound"/> began.</summary>
    public static bool IsStale(PartialDate asOf, Round? lastRound) => lastRound?.Date is { } held && asOf.Latest < held.Earliest;
}
