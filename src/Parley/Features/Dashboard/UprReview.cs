using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Import;
using Parley.Store;

namespace Parley.Features.Dashboard;

/// <summary>
/// The dashboard's reading of imported UN review (UPR) recommendations, for each party of the store's channels
/// that received some: how many, how it answered them in its latest cycle, and on each issue area of its channels
/// the recommendations it accepted in that cycle where it has no open commitment (a gap to raise). A grouped
/// query over the recommendations and one per channel issue area, whatever their number; commitments and areas
/// are few. The dashboard keeps the result until the store's data changes (<see cref="OfAsync"/>).
/// </summary>
public static class UprReview
{
    private static readonly KeptPerVersion<IReadOnlyList<Party>> Kept = new((db, ct) => QueryAsync(db, ct));

    /// <summary>The review as last computed, or computed afresh when the store's data changed since.</summary>
    public static Task<IReadOnlyList<Party>> OfAsync(ParleyDb db, CancellationToken ct) => Kept.OfAsync(db, ct);

    public sealed record Party(string Key, string Name, int Received, int? LatestCycle, int Accepted, int Noted, IReadOnlyList<Gap> Gaps);

    /// <summary>A channel's issue area (sub-areas included) with accepted recommendations and no open commitment of the party.</summary>
    public sealed record Gap(string AreaKey, string AreaName, int Accepted);

    public static async Task<IReadOnlyList<Party>> QueryAsync(ParleyDb db, CancellationToken ct = default)
    {
        // Two collections per channel: split, so that EF neither warns nor multiplies the rows of one by the other.
        var channels = await db.Channels.AsNoTracking().AsSplitQuery()
            .Select(c => new { Parties = c.Parties.Select(p => p.Id).ToList(), Areas = c.IssueAreas.Select(a => a.Id).ToList() }).ToListAsync(ct);
        var partyIds = channels.SelectMany(c => c.Parties).Distinct().ToList();
        if (partyIds.Count == 0) return [];

        var counts = await db.Recommendations.AsNoTracking()
            .Where(r => r.Mechanism == UprImporter.Mechanism && r.ToPartyId != null && partyIds.Contains(r.ToPartyId.Value))
            .GroupBy(r => new { r.ToPartyId, r.Cycle, r.Response })
            .Select(g => new { PartyId = g.Key.ToPartyId!.Value, g.Key.Cycle, g.Key.Response, Count = g.Count() })
            .ToListAsync(ct);
        if (counts.Count == 0) return [];

        // Each issue area counts towards the channel areas above it (torture → civil-political).
        var areas = await db.IssueAreas.AsNoTracking().Select(a => new { a.Id, a.Key, a.Name, a.ParentId }).ToListAsync(ct);
        var byId = areas.ToDictionary(a => a.Id);
        IEnumerable<int> SelfAndAncestors(int id)
        {
            for (int? at = id; at is { } current && byId.TryGetValue(current, out var area); at = area.ParentId) yield return current;
        }
        // Per channel area, the accepted recommendations under it counted by the database (a recommendation with two
        // areas under the same channel area counts once): loading them and counting here took seconds at a million.
        var acceptedUnder = new Dictionary<int, List<(int PartyId, int? Cycle, int Count)>>();
        foreach (var area in channels.SelectMany(c => c.Areas).Distinct())
        {
            var under = areas.Where(a => SelfAndAncestors(a.Id).Contains(area)).Select(a => a.Id).ToList();
            acceptedUnder[area] = [.. (await db.Recommendations.AsNoTracking()
                .Where(r => r.Mechanism == UprImporter.Mechanism && r.Response == RecommendationResponse.Accepted && r.ToPartyId != null
                    && partyIds.Contains(r.ToPartyId.Value) && r.IssueAreas.Any(a => under.Contains(a.Id)))
                .GroupBy(r => new { r.ToPartyId, r.Cycle })
                .Select(g => new { PartyId = g.Key.ToPartyId!.Value, g.Key.Cycle, Count = g.Count() })
                .ToListAsync(ct)).Select(g => (g.PartyId, g.Cycle, g.Count))];
        }

        var commitments = await db.Commitments.AsNoTracking()
            .Select(c => new { c.PartyId, Areas = c.IssueAreas.Select(a => a.Id).ToList(), c.History }).ToListAsync(ct);
        var names = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).Select(p => new { p.Id, p.Key, p.Name }).ToListAsync(ct);

        var result = new List<Party>();
        foreach (var party in names.OrderBy(p => p.Name, StringComparer.CurrentCulture))
        {
            var own = counts.Where(c => c.PartyId == party.Id).ToList();
            if (own.Count == 0) continue;
            // The latest cycle the party answered in: a later cycle may hold only its voluntary pledges so far.
            var answered = own.Where(c => c.Response is RecommendationResponse.Accepted or RecommendationResponse.Noted).ToList();
            var latest = (answered.Count > 0 ? answered : own).Max(c => c.Cycle);
            var inLatest = own.Where(c => c.Cycle == latest).ToList();

            var openAreas = commitments
                .Where(c => c.PartyId == party.Id && !CommitmentCurrentStatus.IsSettled(CommitmentCurrentStatus.Of(new Commitment { History = c.History })))
                .SelectMany(c => c.Areas).SelectMany(SelfAndAncestors).ToHashSet();
            var partyAreas = channels.Where(c => c.Parties.Contains(party.Id)).SelectMany(c => c.Areas).Distinct();
            var gaps = partyAreas
                .Where(area => !openAreas.Contains(area))
                .Select(area => new Gap(byId[area].Key, byId[area].Name,
                    acceptedUnder[area].Where(a => a.PartyId == party.Id && a.Cycle == latest).Sum(a => a.Count)))
                .Where(g => g.Accepted > 0)
                .OrderByDescending(g => g.Accepted).ThenBy(g => g.AreaKey, StringComparer.Ordinal)
                .ToList();
            result.Add(new Party(party.Key, party.Name, own.Sum(c => c.Count), latest,
                inLatest.Where(c => c.Response == RecommendationResponse.Accepted).Sum(c => c.Count),
                inLatest.Where(c => c.Response == RecommendationResponse.Noted).Sum(c => c.Count), gaps));
        }
        return result;
    }
}
