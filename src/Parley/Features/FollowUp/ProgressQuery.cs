using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// Loads what progress statistics are drawn from and computes them: the one call for the page, the API, the command
/// line and the briefing. The comparison day is given; none means the day of the last round held.
/// </summary>
public static class ProgressQuery
{
    public static async Task<ProgressSummary> LoadAsync(ParleyDb db, ProgressDimension by, DateOnly today, DateOnly? since, CancellationToken ct)
    {
        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => r.Response == RecommendationResponse.Accepted || r.Response == RecommendationResponse.VoluntaryPledge)
            .Include(r => r.IssueAreas).Include(r => r.FromParty).Include(r => r.Round).ThenInclude(x => x!.Channel)
            .AsSplitQuery().ToListAsync(ct);
        var commitments = await db.Commitments.AsNoTracking()
            .Include(c => c.IssueAreas).Include(c => c.OwnerInstitution).Include(c => c.Channel).Include(c => c.Round).ThenInclude(x => x!.Channel)
            .Include(c => c.Recommendation).ThenInclude(r => r!.FromParty)
            .AsSplitQuery().ToListAsync(ct);
        var last = since is null ? ProgressStatistics.LastRound(await db.Rounds.AsNoTracking().ToListAsync(ct), today) : null;
        return ProgressStatistics.Compute(new ProgressStatistics.Input(recommendations, commitments, await FollowUpQuery.AllAsync(db, ct), today,
            since ?? last?.Day, last?.Title), by);
    }

    /// <summary>Reads an optional YYYY-MM-DD comparison day; a clear error naming the field otherwise.</summary>
    public static DateOnly? Since(string? text) => string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day : throw new UserError($"since: '{text}' is not a date of the form YYYY-MM-DD");
}
