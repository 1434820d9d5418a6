using Parley.Domain;

namespace Parley.Features.LawTimeline;

/// <summary>
/// Which version of each charge applied when a case began and which carries it on now, by <see cref="LegalValidity"/>:
/// a sentence under the 1999 Code's Article 88 is read against Article 117 of the 2015 Code, in force since 2018.
/// </summary>
public static class ChargeVersions
{
    /// <param name="case">The case, with its events.</param>
    /// <param name="charges">The case's charges, loaded with their instruments and successors (identity-resolved).</param>
    /// <param name="today">The day "today" means.</param>
    public static IReadOnlyList<ChargeVersion> Of(Case @case, IReadOnlyList<Provision> charges, DateOnly today)
    {
        var first = @case.Events.Where(e => e.Date is not null).OrderBy(e => e.Date!.Value.Earliest).FirstOrDefault();
        return [.. charges.Select(p => new ChargeVersion(p, first,
            first?.Date is { } date ? LegalValidity.InForceVersion(p, date.Earliest) : null,
            LegalValidity.InForceVersion(p, today)))];
    }
}
